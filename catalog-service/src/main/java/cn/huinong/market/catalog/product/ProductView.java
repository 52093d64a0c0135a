package cn.huinong.market.catalog.product;

import cn.huinong.market.common.web.VersionedView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A product with its SKUs; {@code halal} is computed when read, from the shop's certificates and the date. */
public record ProductView(UUID id, UUID shopId, UUID categoryId, String nameZh, String nameEn, String descriptionZh,
        String descriptionEn, ProductStatus status, String moderationReason, boolean halal,
        List<SkuView> skus, long version, OffsetDateTime submittedAt, OffsetDateTime publishedAt,
        OffsetDateTime createdAt) implements VersionedView {

    public static ProductView of(Product p, boolean halal, List<SkuView> skus) {
        return new ProductView(p.id, p.shopId, p.categoryId, p.nameZh, p.nameEn, p.descriptionZh, p.descriptionEn,
                p.status, p.moderationReason, halal, skus, p.version, p.submittedAt, p.publishedAt, p.createdAt);
    }
}
