package cn.huinong.market.catalog.product;

import cn.huinong.market.catalog.shop.Ownership;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads a product or SKU for the caller to change: the owner of its shop or an admin ({@link Ownership}). Anyone
 * else is told it does not exist.
 */
@RequestScoped
public class ProductOwnership {

    @Inject Ownership ownership;

    @Inject ProductRepository products;

    @Inject SkuRepository skus;

    public Product product(UUID productId) {
        return ifMayChange(productId).orElseThrow(() -> ProblemException.notFound("product", productId));
    }

    public Sku sku(UUID skuId) {
        return skuIfMayChange(skuId).orElseThrow(() -> ProblemException.notFound("SKU", skuId));
    }

    /** The product if the caller may change it, else empty (also when it does not exist). */
    public Optional<Product> ifMayChange(UUID productId) {
        return Optional.ofNullable(products.findById(productId))
                .filter(product -> ownership.ifMayChange(product.shopId).isPresent());
    }

    /** The SKU if the caller may change its product, else empty (also when it does not exist). */
    public Optional<Sku> skuIfMayChange(UUID skuId) {
        return Optional.ofNullable(skus.findById(skuId)).filter(sku -> ifMayChange(sku.productId).isPresent());
    }
}
