package cn.huinong.market.catalog.product;

import cn.huinong.market.common.audit.StatusTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** One audited step of a product's moderation. */
@Entity
@Table(name = "product_transition")
public class ProductTransition extends StatusTransition<ProductStatus> {

    @Column(name = "product_id", nullable = false) public UUID productId;
}
