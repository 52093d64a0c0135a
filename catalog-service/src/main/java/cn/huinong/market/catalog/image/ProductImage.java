package cn.huinong.market.catalog.image;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An image of a product: the seller's upload while PENDING, then only its small metadata-free variants. */
@Entity
@Table(name = "product_image")
public class ProductImage {

    @Id public UUID id;

    @Column(name = "product_id", nullable = false) public UUID productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public ProductImageStatus status;

    @Column public Integer position;

    @Column(name = "upload_key", nullable = false) public String uploadKey;

    /** Width bucket ("160", "320", "640") → object key of that JPEG variant. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "variant_keys") public Map<String, String> variantKeys;

    @Column(name = "source_format") public String sourceFormat;

    @Column(name = "source_bytes") public Long sourceBytes;

    @Column public Integer width;

    @Column public Integer height;

    @Column(name = "reject_reason") public String rejectReason;

    @Column(name = "created_by", nullable = false) public String createdBy;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
