package cn.huinong.market.catalog.stock;

import cn.huinong.market.catalog.TestSql;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Shops, products, SKUs and stock written straight into the test database, so inventory tests do not depend on
 * the shop and product endpoints; plus the SQL reads the tests check the data with.
 */
final class InventoryFixtures {

    private InventoryFixtures() {
    }

    static UUID category() {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO category (id, code, name_zh, halal_required, sort_order, created_at, updated_at) "
                + "VALUES (?, ?, '牛羊肉', false, 0, now(), now())", id, "cat-" + id.toString().substring(0, 8));
        return id;
    }

    static UUID shop(String ownerSub, String status) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO shop (id, owner_sub, name_zh, county_code, county_name, contact_name, contact_phone, "
                + "sells, sells_halal, support_status, status, created_at, updated_at) "
                + "VALUES (?, ?, '临夏清真牛羊肉', '622901', '临夏市', '马师傅', '13800000000', '牛羊肉', true, "
                + "'NONE', ?, now(), now())", id, ownerSub, status);
        return id;
    }

    static UUID product(UUID shopId, String status) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO product (id, shop_id, category_id, name_zh, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, '手抓羊肉', ?, now(), now())", id, shopId, category(), status);
        return id;
    }

    static UUID sku(UUID productId, String temperatureClass, boolean active) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO sku (id, product_id, name_zh, unit, net_weight_g, packed_weight_g, packed_volume_cm3, "
                + "temperature_class, shelf_life_days, price_fen, active, created_at, updated_at) "
                + "VALUES (?, ?, '2.5 kg 礼盒', '盒', 2500, 3000, 6000, ?, 30, 19800, ?, now(), now())",
                id, productId, temperatureClass, active);
        return id;
    }

    /** An AMBIENT SKU of an approved product of an approved shop: sellable once it has stock. */
    static UUID sellableSku(String ownerSub) {
        return sku(product(shop(ownerSub, "APPROVED"), "APPROVED"), "AMBIENT", true);
    }

    static void stock(UUID skuId, int onHand, int reserved, OffsetDateTime confirmedAt) {
        exec("INSERT INTO sku_stock (sku_id, on_hand, reserved, stock_confirmed_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, now(), 0)", skuId, onHand, reserved, confirmedAt);
    }

    static void stock(UUID skuId, int onHand) {
        stock(skuId, onHand, 0, OffsetDateTime.now(ZoneOffset.UTC));
    }

    static long onHand(UUID skuId) {
        return number("SELECT on_hand FROM sku_stock WHERE sku_id = ?", skuId);
    }

    static long reserved(UUID skuId) {
        return number("SELECT reserved FROM sku_stock WHERE sku_id = ?", skuId);
    }

    /** What the reserved column must always equal: the units held by ACTIVE reservations. */
    static long activelyReserved(UUID skuId) {
        return number("SELECT COALESCE(SUM(l.quantity), 0) FROM reservation_line l "
                + "JOIN reservation r ON r.checkout_id = l.checkout_id WHERE r.status = 'ACTIVE' AND l.sku_id = ?",
                skuId);
    }

    static long number(String sql, Object... args) {
        return TestSql.number(sql, args);
    }

    static String text(String sql, Object... args) {
        return TestSql.text(sql, args);
    }

    static int exec(String sql, Object... args) {
        return TestSql.update(sql, args);
    }
}
