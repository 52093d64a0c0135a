package cn.huinong.market.orders.order;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrderTransitionRepository implements PanacheRepositoryBase<OrderTransition, Long> {

    /** The latest move of the order into this status, or null. */
    public OrderTransition lastInto(UUID shopOrderId, OrderStatus status) {
        return find("shopOrderId = ?1 and toStatus = ?2 order by id desc", shopOrderId, status).firstResult();
    }

    public List<OrderTransition> history(UUID shopOrderId) {
        return list("shopOrderId = ?1 order by id", shopOrderId);
    }
}
