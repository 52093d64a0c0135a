package cn.huinong.market.catalog.trace;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What traceability needs to know from other catalog features, asked through this one interface so the trace
 * package depends on none of them. The lead wires it to the shop, product and halal services
 * ({@link UnwiredTraceFacts} stands in until then); tests give their own.
 */
public interface TraceFacts {

    /** A product as lots need it: its shop, names for labels, GTIN (if the shop has one) and temperature class. */
    Optional<ProductFacts> product(UUID productId);

    /** A halal or quarantine certificate as trace events reference it. */
    Optional<CertificateFacts> certificate(UUID certificateId);

    /** Whether the caller ({@code sub} of the token) owns the shop. */
    boolean ownsShop(String callerSub, UUID shopId);

    record ProductFacts(UUID productId, UUID shopId, String nameZh, String nameEn, String gtin,
            String temperatureClass) {
    }

    /** @param kind HALAL or QUARANTINE; {@code inForceOn} tells whether it covered a given day */
    record CertificateFacts(UUID id, UUID shopId, String kind, String number, LocalDate validFrom,
            LocalDate validUntil, boolean active) {

        public boolean inForceOn(LocalDate day) {
            return active && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }
    }
}
