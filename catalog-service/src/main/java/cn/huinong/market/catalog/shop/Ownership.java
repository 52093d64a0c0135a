package cn.huinong.market.catalog.service;

import cn.huinong.market.catalog.repository.Product;
import cn.huinong.market.catalog.repository.ProductRepository;
import cn.huinong.market.catalog.repository.Shop;
import cn.huinong.market.catalog.repository.ShopRepository;
import cn.huinong.market.catalog.repository.Sku;
import cn.huinong.market.catalog.repository.SkuRepository;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Loads a shop, product or SKU for the caller to change: its owner or an admin. Anyone else is told it does not
 * exist, so sellers cannot even learn which ids are in use by other shops.
 */
@RequestScoped
public class Ownership {

    @Inject SecurityIdentity identity;

    @Inject ShopRepository shops;

    @Inject ProductRepository products;

    @Inject SkuRepository skus;

    public String caller() {
        return Callers.subjectOrAnonymous(identity);
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    /** A service account (client credentials, role {@code service}) acting for another service, not a user. */
    public boolean isService() {
        return identity.hasRole("service");
    }

    /** A shop the caller may read the audit history of: its owner, an admin or a service account. */
    public Shop shopForAudit(UUID shopId) {
        if (isService()) {
            Shop shop = shops.findById(shopId);
            if (shop == null) {
                throw ProblemException.notFound("shop", shopId);
            }
            return shop;
        }
        return shop(shopId);
    }

    public Shop shop(UUID shopId) {
        Shop shop = shops.findById(shopId);
        if (shop == null || !(isAdmin() || shop.ownerSub.equals(caller()))) {
            throw ProblemException.notFound("shop", shopId);
        }
        return shop;
    }

    public Product product(UUID productId) {
        Product product = products.findById(productId);
        if (product == null) {
            throw ProblemException.notFound("product", productId);
        }
        try {
            shop(product.shopId);
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
