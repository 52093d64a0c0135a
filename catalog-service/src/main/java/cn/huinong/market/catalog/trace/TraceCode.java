package cn.huinong.market.catalog.trace;

/**
 * What a QR label carries: a GS1 Digital Link of a GTIN and a lot, or the platform's short code for a lot of a shop
 * that has no GTIN. {@link #path()} is the resolver-relative path; {@link #uri(String)} the full URI on a host.
 */
public sealed interface TraceCode permits TraceCode.GtinLot, TraceCode.ShortCode {

    String path();

    default String uri(String resolverBase) {
        String base = resolverBase.endsWith("/") ? resolverBase.substring(0, resolverBase.length() - 1) : resolverBase;
        return base + path();
    }

    /** {@code /01/{gtin}/10/{lot}}: the GTIN as 14 digits (check digit valid), the lot as the seller wrote it. */
    record GtinLot(String gtin, String lot) implements TraceCode {

        @Override
        public String path() {
            return "/01/" + gtin + "/10/" + DigitalLinks.encodeSegment(lot);
        }
    }

    /** {@code /t/{code}}: ten Crockford base-32 characters, the last a check character. */
    record ShortCode(String code) implements TraceCode {

        @Override
        public String path() {
            return "/t/" + code;
        }
    }
}
