package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.gateway.client.CatalogClient;
import cn.huinong.market.gateway.client.Product;
import cn.huinong.market.gateway.client.ProductImage;
import cn.huinong.market.gateway.client.Shop;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A product: photos, price per SKU, the shop and its place, the halal badge, and "put in cart" per SKU. */
@Path("/products/{id}")
@Produces(MediaType.TEXT_HTML)
public class ProductPageResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance product(Product product, List<ProductImage> images, Shop shop);
    }

    @Inject WebSession web;

    @Inject
    @RestClient CatalogClient catalog;

    @GET
    public TemplateInstance product(@PathParam("id") UUID id) {
        Product product = catalog.product(id, web.bearer(), web.lang());
        var images = catalog.images(id, web.bearer());
        Shop shop = catalog.shop(product.shopId(), web.bearer(), web.lang());
        List<Product.Sku> skus = product.skus() == null ? List.of()
                : product.skus().stream().filter(Product.Sku::active).toList();
        Product shown = new Product(product.id(), product.shopId(), product.categoryId(), product.nameZh(),
                product.nameEn(), product.descriptionZh(), product.descriptionEn(), product.status(), product.halal(),
                skus);
        return web.page(Templates.product(shown, images.items() == null ? List.of() : images.items(), shop));
    }
}
