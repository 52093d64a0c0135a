package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public face of a lot, what a buyer sees after scanning its label: what it is, where and when it came from,
 * the certificates and inspections behind it, how it was kept cold and moved, and whether it is recalled. It
 * names no person: no phone, address, support status or order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraceSummary(String traceCode, Product product, Lot lot, List<Origin> origins, List<Halal> halal,
        List<Quarantine> quarantine, List<Inspection> inspections, ColdChainService.Summary coldChain,
        List<Step> steps, Recall recall) {

    public record Product(String nameZh, String nameEn) {
    }

    public record Lot(String lotNumber, String gtin, TraceLot.Origin origin, LocalDate originDate,
            BigDecimal quantity, String unit, LocalDate bestBefore, String temperatureClass) {
    }

    /** A farm, herd or slaughter the lot comes from (itself, or the lots it was made from). */
    public record Origin(String lotNumber, TraceLot.Origin kind, LocalDate date, String countyCode,
            String villageName) {
    }

    /** A halal certificate in force on the origin day, and whether the shop attested the lot with it. */
    public record Halal(String number, LocalDate validFrom, LocalDate validUntil, LocalDate coveredOn,
            boolean attested) {
    }

    public record Quarantine(String number, OffsetDateTime recordedAt) {
    }

    public record Inspection(OffsetDateTime at, String result, String reportPhotoUrl) {
    }

    /** A step the goods took: commissioning, transforming, packing, shipping, receiving… */
    public record Step(OffsetDateTime at, String bizStep, String disposition, String readPoint) {
    }

    public record Recall(boolean recalled, OffsetDateTime at) {
    }
}
