package cn.huinong.market.catalog;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Rows the image and certificate tests stand on (categories, shops, products, certificates), written straight
 * into the test database over JDBC so these tests do not depend on the shop and product endpoints.
 */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    public static UUID category(String code, UUID parentId, boolean halalRequired) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO category (id, code, name_zh, parent_id, halal_required, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, now(), now())", id, code, code, parentId, halalRequired);
        return id;
    }

    public static UUID shop(String ownerSub) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO shop (id, owner_sub, name_zh, county_code, county_name, contact_name, contact_phone, "
                + "sells, sells_halal, support_status, status, created_at, updated_at) "
                + "VALUES (?, ?, '临夏清真牛肉', '622901', '临夏市', '马师傅', '13800000000', '牛肉干', TRUE, 'NONE', "
                + "'APPROVED', now(), now())", id, ownerSub);
        return id;
    }

    public static void shopStatus(UUID shopId, String status) {
        update("UPDATE shop SET status = ? WHERE id = ?", status, shopId);
    }

    public static UUID product(UUID shopId, UUID categoryId, String status) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO product (id, shop_id, category_id, name_zh, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, '手撕牛肉干', ?, now(), now())", id, shopId, categoryId, status);
        return id;
    }

    public static UUID certificate(UUID shopId, String status, LocalDate from, LocalDate to, UUID... categories) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO halal_certificate (id, shop_id, issuer, number, scope, valid_from, valid_to, status, "
                + "created_at, updated_at) VALUES (?, ?, '临夏州伊斯兰教协会', ?, '牛羊肉制品', ?, ?, ?, now(), now())",
                id, shopId, "QZ-" + id, from, to, status);
        for (UUID category : categories) {
            update("INSERT INTO halal_certificate_category (certificate_id, category_id) VALUES (?, ?)", id, category);
        }
        return id;
    }

    public static void update(String sql, Object... args) {
        TestSql.update(sql, args);
    }
}
