package cn.huinong.market.gateway.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** catalog's public trace summary of a lot, as the trace page reads it (it names no person). */
public record TraceSummary(String traceCode, Product product, Lot lot, List<Origin> origins, List<Halal> halal,
        List<Quarantine> quarantine, List<Inspection> inspections, ColdChain coldChain, List<Step> steps,
        Recall recall) {

    public boolean recalled() {
        return recall != null && recall.recalled();
    }

    public boolean coldChainFlagged() {
        return coldChain != null && coldChain.flagged();
    }

    public record Product(String nameZh, String nameEn) implements Named {
    }

    public record Lot(String lotNumber, String gtin, String origin, LocalDate originDate, BigDecimal quantity,
            String unit, LocalDate bestBefore, String temperatureClass) {
    }

    public record Origin(String lotNumber, String kind, LocalDate date, String countyCode, String villageName) {
    }

    public record Halal(String number, LocalDate validFrom, LocalDate validUntil, LocalDate coveredOn,
            boolean attested) {
    }

    public record Quarantine(String number, OffsetDateTime recordedAt) {
    }

    public record Inspection(OffsetDateTime at, String result, String reportPhotoUrl) {
    }

    public record ColdChain(int readings, BigDecimal minCelsius, BigDecimal maxCelsius, boolean flagged) {

        public String min() {
            return minCelsius == null ? "—" : minCelsius.toPlainString();
        }

        public String max() {
            return maxCelsius == null ? "—" : maxCelsius.toPlainString();
        }
    }

    public record Step(OffsetDateTime at, String bizStep, String disposition, String readPoint) {
    }

    public record Recall(boolean recalled, OffsetDateTime at) {
    }
}
