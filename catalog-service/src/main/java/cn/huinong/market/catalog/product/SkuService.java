package cn.huinong.market.catalog.product;

import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** SKUs of a product. Price and stock changes need no review; texts of the product itself do. */
@ApplicationScoped
public class SkuService {

    @Inject Clock clock;

    @Inject SkuRepository skus;

    @Inject ProductRepository products;

    @Inject ProductService productService;

    @Inject ProductOwnership ownership;

    @Inject Event<ProductService.ProductChanged> productChanged;

    @Transactional
    public SkuView create(UUID productId, SkuRequest request) {
        Product product = ownership.product(productId);
        UUID id = ClientIds.newId(request.id(), skus::findById, "SKU");
        requireUniqueSellerCode(product.id, request.sellerCode(), null);
        Sku sku = new Sku();
        sku.id = id;
        sku.productId = product.id;
        apply(sku, request);
        sku.createdAt = OffsetDateTime.now(clock);
        sku.updatedAt = sku.createdAt;
        skus.persistAndFlush(sku);
        productChanged.fire(new ProductService.ProductChanged(product.id));
        return SkuView.of(sku);
    }

    @Transactional
    public SkuView update(UUID id, String ifMatch, SkuRequest request) {
        Sku sku = ownership.sku(id);
        ETags.requireCurrent(ifMatch, sku.version, () -> SkuView.of(sku));
        ProblemException.requireSameId(request.id(), id);
        requireUniqueSellerCode(sku.productId, request.sellerCode(), id);
        apply(sku, request);
        sku.updatedAt = OffsetDateTime.now(clock);
        skus.flush();
        productChanged.fire(new ProductService.ProductChanged(sku.productId));
        return SkuView.of(sku);
    }

    public SkuView get(UUID id) {
        Optional<Sku> theirs = ownership.skuIfMayChange(id);
        if (theirs.isPresent()) {
            return SkuView.of(theirs.get());
        }
        Sku sku = skus.findById(id);
        if (sku == null || !sku.active || !productService.visibleToBuyers(products.findById(sku.productId))) {
            throw ProblemException.notFound("SKU", id);
        }
        return SkuView.of(sku);
    }

    private void requireUniqueSellerCode(UUID productId, String code, UUID self) {
        if (code == null || code.isBlank()) {
            return;
        }
        Sku same = skus.find("productId = ?1 and sellerCode = ?2", productId, code.strip()).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ProblemException.alreadyExists("SKU", code);
        }
    }

    private static void apply(Sku sku, SkuRequest r) {
        sku.sellerCode = r.sellerCode() == null || r.sellerCode().isBlank() ? null : r.sellerCode().strip();
        sku.nameZh = r.nameZh().strip();
        sku.nameEn = r.nameEn() == null || r.nameEn().isBlank() ? null : r.nameEn().strip();
        sku.unit = r.unit().strip();
        sku.netWeightG = r.netWeightG();
        sku.packedWeightG = r.packedWeightG();
        sku.packedVolumeCm3 = r.packedVolumeCm3();
        sku.temperatureClass = r.temperatureClass();
        sku.shelfLifeDays = r.shelfLifeDays();
        sku.priceFen = r.priceFen();
        sku.active = r.active() == null || r.active();
    }
}
