package cn.huinong.market.catalog.product;

import cn.huinong.market.common.audit.TransitionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One audited step of a product's moderation. */
@Entity
@Table(name = "product_transition")
public class ProductTransition extends TransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Column(name = "product_id", nullable = false) public UUID productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status") public ProductStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false) public ProductStatus toStatus;

    static ProductTransition of(UUID productId, ProductStatus from, ProductStatus to, String actorSub, String reason,
            OffsetDateTime at) {
        ProductTransition step = new ProductTransition();
        step.productId = productId;
        step.fromStatus = from;
        step.toStatus = to;
        return step.recorded(actorSub, reason, at);
    }
}
