package cn.huinong.market.catalog.category;

import cn.huinong.market.common.web.VersionedView;
import java.time.OffsetDateTime;
import java.util.UUID;

public record CategoryView(UUID id, String code, String nameZh, String nameEn, UUID parentId,
        boolean halalRequired, int sortOrder, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements VersionedView {

    public static CategoryView of(Category c) {
        return new CategoryView(c.id, c.code, c.nameZh, c.nameEn, c.parentId, c.halalRequired, c.sortOrder,
                c.version, c.createdAt, c.updatedAt);
    }
}
