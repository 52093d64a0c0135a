package cn.huinong.market.catalog.product;

import cn.huinong.market.catalog.shop.Ownership;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
        Product product = products.findById(productId);
        if (product == null) {
            throw ProblemException.notFound("product", productId);
        }
        try {
            ownership.shop(product.shopId);
        } catch (ProblemException notYours) {
            throw ProblemException.notFound("product", productId);
        }
        return product;
    }

    public Sku sku(UUID skuId) {
        Sku sku = skus.findById(skuId);
        if (sku == null) {
            throw ProblemException.notFound("SKU", skuId);
        }
        try {
            product(sku.productId);
        } catch (ProblemException notYours) {
            throw ProblemException.notFound("SKU", skuId);
        }
        return sku;
    }
}
