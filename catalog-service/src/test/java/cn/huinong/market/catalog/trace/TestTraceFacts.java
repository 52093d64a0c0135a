package cn.huinong.market.catalog.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Facts the tests set up by hand, standing in for the shop, product and halal features. */
@Alternative
@ApplicationScoped
public class TestTraceFacts implements TraceFacts {

    private final Map<UUID, ProductFacts> products = new ConcurrentHashMap<>();
    private final Map<UUID, CertificateFacts> certificates = new ConcurrentHashMap<>();
    private final Map<UUID, String> owners = new ConcurrentHashMap<>();

    public ProductFacts product(UUID shopId, String name, String gtin, String temperatureClass) {
        ProductFacts p = new ProductFacts(UUID.randomUUID(), shopId, name, name, gtin, temperatureClass);
        products.put(p.productId(), p);
        return p;
    }

    public void owner(UUID shopId, String sub) {
        owners.put(shopId, sub);
    }

    public void certificate(CertificateFacts certificate) {
        certificates.put(certificate.id(), certificate);
    }

    @Override
    public Optional<ProductFacts> product(UUID productId) {
        return Optional.ofNullable(products.get(productId));
    }

    @Override
    public Optional<CertificateFacts> halalCover(UUID productId, LocalDate day) {
        ProductFacts product = products.get(productId);
        return product == null ? Optional.empty()
                : certificates.values().stream()
                        .filter(c -> c.shopId().equals(product.shopId()) && "HALAL".equals(c.kind()))
                        .filter(c -> c.inForceOn(day)).findFirst();
    }

    @Override
    public boolean shopExists(UUID shopId) {
        return owners.containsKey(shopId) || products.values().stream().anyMatch(p -> p.shopId().equals(shopId));
    }

    @Override
    public boolean ownsShop(String callerSub, UUID shopId) {
        return callerSub != null && callerSub.equals(owners.get(shopId));
    }
}
