package cn.huinong.market.catalog.product;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SkuRepository implements PanacheRepositoryBase<Sku, UUID> {

    public List<Sku> ofProduct(UUID productId) {
        return list("productId = ?1 order by createdAt, id", productId);
    }
}
