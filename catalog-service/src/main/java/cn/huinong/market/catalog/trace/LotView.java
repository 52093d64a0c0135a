package cn.huinong.market.catalog.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A lot as its shop sees it, with the trace code its labels carry. */
public record LotView(UUID id, UUID shopId, UUID productId, String lotNumber, String gtin, String shortCode,
        String epcClass, String traceCode, TraceLot.Origin origin, LocalDate originDate, String countyCode,
        String villageName, BigDecimal quantity, String unit, LocalDate bestBefore, String temperatureClass,
        Instant createdAt) {

    static LotView of(TraceLot l, TraceCode code) {
        return new LotView(l.id, l.shopId, l.productId, l.lotNumber, l.gtin, l.shortCode, l.epcClass, code.path(),
                l.originKind, l.originDate, l.countyCode, l.villageName, l.quantity, l.unit, l.bestBefore,
                l.temperatureClass, l.createdAt);
    }
}
