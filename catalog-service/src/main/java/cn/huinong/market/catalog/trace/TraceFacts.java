package cn.huinong.market.catalog.trace;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What traceability needs to know from other catalog features, asked through this one interface so the trace
 * package depends on none of them. {@link CatalogTraceFacts} answers from the shop, product and halal services;
 * tests give their own.
 */
public interface TraceFacts {

    /** A product as lots need it: its shop, names for labels, GTIN (if the shop has one) and temperature class. */
    Optional<ProductFacts> product(UUID productId);

    /** The halal certificate covering the product (its shop, its category) on that day, if one does. */
    Optional<CertificateFacts> halalCover(UUID productId, LocalDate day);

    /** Whether the caller ({@code sub} of the token) owns the shop. */
    boolean ownsShop(String callerSub, UUID shopId);

    /** Whether the shop exists at all (admins act on any existing shop). */
    boolean shopExists(UUID shopId);

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
