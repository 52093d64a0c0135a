package cn.huinong.market.orders.aftersale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A photo the buyer attached to a case; the bytes are in the object store under {@link #objectKey}. */
@Entity
@Table(name = "after_sale_photo")
public class AfterSalePhoto {

    @Id public UUID id;

    @Column(name = "after_sale_id", nullable = false) public UUID afterSaleId;

    @Column(name = "object_key", nullable = false) public String objectKey;

    @Column(name = "content_type", nullable = false) public String contentType;

    @Column(name = "size_bytes", nullable = false) public long sizeBytes;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;
}
