package cn.huinong.market.catalog.image;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProductImageRepository implements PanacheRepositoryBase<ProductImage, UUID> {

    public List<ProductImage> ready(UUID productId) {
        return find("productId = ?1 and status = ?2 order by position, id", productId, ProductImageStatus.READY).list();
    }

    /** Images that count against the per-product limit: those ready and those still being uploaded. */
    public long live(UUID productId) {
        return count("productId = ?1 and status in ?2", productId,
                List.of(ProductImageStatus.PENDING, ProductImageStatus.READY));
    }

    public int nextPosition(UUID productId) {
        Integer max = getEntityManager()
                .createQuery("select max(position) from ProductImage where productId = :p and status = :s",
                        Integer.class)
                .setParameter("p", productId).setParameter("s", ProductImageStatus.READY).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public List<ProductImage> pendingBefore(OffsetDateTime cutoff, int max) {
        return find("status = ?1 and createdAt < ?2 order by createdAt", ProductImageStatus.PENDING, cutoff)
                .page(0, max).list();
    }
}
