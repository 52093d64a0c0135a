package cn.huinong.market.orders.aftersale;

import cn.huinong.market.common.audit.RoleStatusTransition;
import cn.huinong.market.orders.order.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** One recorded move of an after-sale case. */
@Entity
@Table(name = "after_sale_transition")
public class AfterSaleTransition extends RoleStatusTransition<AfterSaleStatus, Actor.Role> {

    @Column(name = "after_sale_id", nullable = false) public UUID afterSaleId;
}
