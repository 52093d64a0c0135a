package cn.huinong.market.gateway.client;

import java.util.UUID;

/** A catalog category as the public category list gives it. */
public record Category(UUID id, String code, String nameZh, String nameEn, UUID parentId, boolean halalRequired,
        int sortOrder) implements Named {
}
