package cn.huinong.market.catalog.shop;

import cn.huinong.market.common.audit.StatusTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** One audited step of a shop's lifecycle. */
@Entity
@Table(name = "shop_transition")
public class ShopTransition extends StatusTransition<ShopStatus> {

    @Column(name = "shop_id", nullable = false) public UUID shopId;
}
