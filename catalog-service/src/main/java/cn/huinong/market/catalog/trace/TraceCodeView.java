package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A parsed trace code: {@code kind} GTIN_LOT (gtin as 14 digits, lot decoded) or SHORT_CODE, and its path. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraceCodeView(String kind, String gtin, String lot, String shortCode, String path) {

    static TraceCodeView of(TraceCode code) {
        return switch (code) {
            case TraceCode.GtinLot g -> new TraceCodeView("GTIN_LOT", g.gtin(), g.lot(), null, g.path());
            case TraceCode.ShortCode s -> new TraceCodeView("SHORT_CODE", null, null, s.code(), s.path());
        };
    }
}
