package cn.huinong.market.orders.logistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ShopStationRepository implements PanacheRepositoryBase<ShopStation, UUID> {
}
