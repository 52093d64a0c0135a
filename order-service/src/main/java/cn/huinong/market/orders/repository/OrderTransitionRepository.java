package cn.huinong.market.orders.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrderTransitionRepository implements PanacheRepositoryBase<OrderTransition, Long> {

    public List<OrderTransition> history(UUID shopOrderId) {
        return list("shopOrderId = ?1 order by id", shopOrderId);
    }
}
