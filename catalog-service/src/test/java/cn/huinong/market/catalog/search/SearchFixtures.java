package cn.huinong.market.catalog.search;

import cn.huinong.market.catalog.CatalogFixtures;
import cn.huinong.market.catalog.TestSql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes catalog rows straight into the test database (the shop/product REST endpoints are written elsewhere),
 * with sensible defaults: approved shops and products, one ambient SKU in stock.
 */
final class SearchFixtures {

    private SearchFixtures() {
    }

    static final OffsetDateTime BASE = OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    static UUID category(String code, String nameZh, UUID parent, boolean halal) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO category (id, code, name_zh, name_en, parent_id, halal_required, sort_order, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, now(), now())", id, code, nameZh, code, parent, halal);
        return id;
    }

    static UUID shop(String nameZh, String countyCode, String countyName, String status) {
        return shop(nameZh, countyCode, countyName, status, "NONE", false);
    }

    static UUID shop(String nameZh, String countyCode, String countyName, String status, String support,
            boolean consent) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO shop (id, owner_sub, name_zh, county_code, county_name, contact_name, contact_phone, sells,"
                + " sells_halal, support_status, support_label_consent, status, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, '马师傅', '13800000000', '土特产', false, ?, ?, ?, now(), now())",
                id, "seller-" + id, nameZh, countyCode, countyName, support, consent, status);
        return id;
    }

    static UUID product(UUID shop, UUID category, String nameZh, String nameEn, String descriptionZh,
            OffsetDateTime publishedAt) {
        return product(shop, category, nameZh, nameEn, descriptionZh, "APPROVED", publishedAt);
    }

    static UUID product(UUID shop, UUID category, String nameZh, String nameEn, String descriptionZh, String status,
            OffsetDateTime publishedAt) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO product (id, shop_id, category_id, name_zh, name_en, description_zh, status, published_at,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                id, shop, category, nameZh, nameEn, descriptionZh, status, publishedAt, BASE);
        return id;
    }

    /** An ambient, active SKU with stock. */
    static UUID sku(UUID product, long priceFen) {
        return sku(product, priceFen, "AMBIENT", true, 10, 0, null);
    }

    static UUID sku(UUID product, long priceFen, String temperature, boolean active, int onHand, int reserved,
            OffsetDateTime confirmedAt) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO sku (id, product_id, name_zh, unit, net_weight_g, packed_weight_g, packed_volume_cm3,"
                + " temperature_class, shelf_life_days, price_fen, active, created_at, updated_at)"
                + " VALUES (?, ?, '500克装', '袋', 500, 600, 1000, ?, 180, ?, ?, now(), now())",
                id, product, temperature, priceFen, active);
        exec("INSERT INTO sku_stock (sku_id, on_hand, reserved, stock_confirmed_at, updated_at)"
                + " VALUES (?, ?, ?, ?, now())", id, onHand, reserved, confirmedAt);
        return id;
    }

    static UUID certificate(UUID shop, LocalDate from, LocalDate to, String status, UUID... categories) {
        return CatalogFixtures.certificate(shop, status, from, to, categories);
    }

    static void exec(String sql, Object... args) {
        TestSql.update(sql, args);
    }
}
