package cn.huinong.market.catalog.trace;

import cn.huinong.market.catalog.halal.HalalCertificateStatus;
import cn.huinong.market.catalog.halal.HalalCertificates;
import cn.huinong.market.catalog.product.ProductService;
import cn.huinong.market.catalog.shop.ShopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** {@link TraceFacts} from the shop, product and halal services. */
@ApplicationScoped
public class CatalogTraceFacts implements TraceFacts {

    @Inject ShopService shops;

    @Inject ProductService products;

    @Inject HalalCertificates halal;

    @Inject EntityManager em;

    @Override
    public Optional<ProductFacts> product(UUID productId) {
        return products.find(productId).map(p -> new ProductFacts(p.id, p.shopId, p.nameZh, p.nameEn, null,
                temperatureClass(p.id)));
    }

    @Override
    public Optional<CertificateFacts> halalCover(UUID productId, LocalDate day) {
        return products.find(productId).flatMap(p -> halal.coverFor(p.shopId, p.categoryId, day))
                .map(c -> new CertificateFacts(c.id, c.shopId, "HALAL", c.number, c.validFrom, c.validTo,
                        c.status == HalalCertificateStatus.ACTIVE));
    }

    @Override
    public boolean ownsShop(String callerSub, UUID shopId) {
        return callerSub != null && shops.find(shopId).filter(s -> callerSub.equals(s.ownerSub)).isPresent();
    }

    @Override
    public boolean shopExists(UUID shopId) {
        return shops.find(shopId).isPresent();
    }

    /**
     * The coldest class among the product's SKUs (a lot is kept as its most demanding pack), AMBIENT without SKUs.
     * Read with one query because the product feature offers no SKU list by product to other features yet.
     */
    private String temperatureClass(UUID productId) {
        Object coldest = em.createNativeQuery("""
                SELECT CASE WHEN bool_or(temperature_class = 'FROZEN') THEN 'FROZEN'
                            WHEN bool_or(temperature_class = 'CHILLED') THEN 'CHILLED' ELSE 'AMBIENT' END
                FROM sku WHERE product_id = :product""").setParameter("product", productId).getSingleResult();
        return coldest.toString();
    }

}
