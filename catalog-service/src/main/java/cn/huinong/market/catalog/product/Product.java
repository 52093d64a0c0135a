package cn.huinong.market.catalog.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A product of a shop; buyers see it only once an admin approved it and while its shop is approved. */
@Entity
@Table(name = "product")
public class Product {

    @Id public UUID id;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Column(name = "category_id", nullable = false) public UUID categoryId;

    @Column(name = "name_zh", nullable = false) public String nameZh;

    @Column(name = "name_en") public String nameEn;

    @Column(name = "description_zh") public String descriptionZh;

    @Column(name = "description_en") public String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public ProductStatus status;

    @Column(name = "moderation_reason") public String moderationReason;

    @Column(name = "submitted_at") public OffsetDateTime submittedAt;

    @Column(name = "published_at") public OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
