package cn.huinong.market.catalog.halal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.catalog.CatalogFixtures;
import cn.huinong.market.catalog.product.Product;
import cn.huinong.market.catalog.product.ProductRepository;
import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coverage rule of halal certificates, in Java and in the SQL condition search uses; dates passed in. */
@QuarkusTest
@TestTransaction
class HalalCoverageTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final LocalDate MID_YEAR = LocalDate.of(2025, 6, 1);

    @Inject HalalCertificates halal;

    @Inject MutableClock clock;

    @Inject ProductRepository products;

    UUID food;
    UUID meat;
    UUID beef;
    UUID crafts;
    UUID shop;
    UUID otherShop;

    @BeforeEach
    void fixtures() {
        TestDatabase.truncateAllExcept();
        food = CatalogFixtures.category("halal-food", null, true);
        meat = CatalogFixtures.category("meat", food, true);
        beef = CatalogFixtures.category("beef", meat, true);
        crafts = CatalogFixtures.category("crafts", null, false);
        shop = CatalogFixtures.shop("seller-1");
        otherShop = CatalogFixtures.shop("seller-2");
    }

    @Test
    void anAncestorCategoryCoversEverythingBelowIt() {
        UUID certificate = CatalogFixtures.certificate(shop, "ACTIVE", FROM, TO, food);
        assertEquals(certificate, halal.coverFor(shop, beef, MID_YEAR).orElseThrow().id);
        assertEquals(certificate, halal.coverFor(shop, meat, MID_YEAR).orElseThrow().id);
        assertEquals(certificate, halal.coverFor(shop, food, MID_YEAR).orElseThrow().id);
        assertTrue(halal.coverFor(shop, crafts, MID_YEAR).isEmpty(), "an unlisted category");
    }

    @Test
    void aChildCategoryDoesNotCoverItsParent() {
        CatalogFixtures.certificate(shop, "ACTIVE", FROM, TO, beef);
        assertTrue(halal.coverFor(shop, beef, MID_YEAR).isPresent());
        assertTrue(halal.coverFor(shop, meat, MID_YEAR).isEmpty());
    }

    @Test
    void validityIsInclusiveAtBothEndsAndNothingOutside() {
        CatalogFixtures.certificate(shop, "ACTIVE", FROM, TO, meat);
        assertTrue(halal.coverFor(shop, beef, FROM.minusDays(1)).isEmpty(), "not yet valid");
        assertTrue(halal.coverFor(shop, beef, FROM).isPresent(), "first day");
        assertTrue(halal.coverFor(shop, beef, TO).isPresent(), "last day");
        assertTrue(halal.coverFor(shop, beef, TO.plusDays(1)).isEmpty(), "expired");
    }

    @Test
    void suspendedAndRevokedCertificatesCoverNothing() {
        CatalogFixtures.certificate(shop, "SUSPENDED", FROM, TO, food);
        CatalogFixtures.certificate(shop, "REVOKED", FROM, TO, food);
        assertTrue(halal.coverFor(shop, beef, MID_YEAR).isEmpty());
    }

    @Test
    void anotherShopsCertificateDoesNotCount() {
        CatalogFixtures.certificate(otherShop, "ACTIVE", FROM, TO, food);
        assertTrue(halal.coverFor(shop, beef, MID_YEAR).isEmpty());
        assertTrue(halal.coverFor(otherShop, beef, MID_YEAR).isPresent());
    }

    @Test
    void withSeveralTheLongestValidIsReturned() {
        CatalogFixtures.certificate(shop, "ACTIVE", FROM, TO, food);
        UUID longer = CatalogFixtures.certificate(shop, "ACTIVE", FROM, TO.plusYears(1), beef);
        assertEquals(longer, halal.coverFor(shop, beef, MID_YEAR).orElseThrow().id);
    }

    @Test
    void theFlagFlipsTheDayAfterValidToInJavaAndInSql() {
        CatalogFixtures.certificate(shop, "ACTIVE", FROM, TO, meat);
        UUID jerky = CatalogFixtures.product(shop, beef, "APPROVED");
        UUID vase = CatalogFixtures.product(shop, crafts, "APPROVED");
        UUID elsewhere = CatalogFixtures.product(otherShop, beef, "APPROVED");
        Product product = products.findById(jerky);

        assertTrue(halal.isHalal(product.shopId, product.categoryId, TO));
        assertFalse(halal.isHalal(product.shopId, product.categoryId, TO.plusDays(1)));

        List<UUID> all = List.of(jerky, vase, elsewhere);
        assertEquals(Set.of(jerky), halal.halalProductIds(all, TO));
        assertEquals(Set.of(), halal.halalProductIds(all, TO.plusDays(1)));
        assertEquals(Set.of(), halal.halalProductIds(all, FROM.minusDays(1)));
    }

    @Test
    void javaAndSqlAgreeOnEveryCase() {
        CatalogFixtures.certificate(shop, "ACTIVE", FROM, TO, meat);
        CatalogFixtures.certificate(shop, "SUSPENDED", FROM, TO, crafts);
        CatalogFixtures.certificate(otherShop, "ACTIVE", FROM, TO, crafts);
        List<UUID> ids = List.of(
                CatalogFixtures.product(shop, beef, "APPROVED"), CatalogFixtures.product(shop, meat, "DRAFT"),
                CatalogFixtures.product(shop, food, "APPROVED"), CatalogFixtures.product(shop, crafts, "APPROVED"),
                CatalogFixtures.product(otherShop, crafts, "APPROVED"),
                CatalogFixtures.product(otherShop, beef, "APPROVED"));
        for (LocalDate day : List.of(FROM.minusDays(1), FROM, LocalDate.of(2025, 7, 1), TO, TO.plusDays(1))) {
            Set<UUID> sql = halal.halalProductIds(ids, day);
            for (UUID id : ids) {
                assertEquals(halal.isHalal(products.findById(id).shopId, products.findById(id).categoryId, day),
                        sql.contains(id), id + " on " + day);
            }
        }
    }

    @Test
    void todayIsTheCalendarDayInShanghai() {
        // Shanghai is UTC+8: its 1 July starts at 16:00 UTC on 30 June.
        clock.set(Instant.parse("2025-06-30T15:59:59Z"));
        assertEquals(LocalDate.of(2025, 6, 30), halal.today());
        clock.set(Instant.parse("2025-06-30T16:00:00Z"));
        assertEquals(LocalDate.of(2025, 7, 1), halal.today());
    }
}
