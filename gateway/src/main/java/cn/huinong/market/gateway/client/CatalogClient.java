package cn.huinong.market.gateway.client;

import cn.huinong.market.common.paging.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * catalog-service as the web pages read it, over real HTTP. {@code authorization} is the signed-in user's own
 * bearer token (null for an anonymous reader: the header is then not sent).
 */
@RegisterRestClient(configKey = "catalog")
@Path("/api/catalog")
public interface CatalogClient {

    @GET
    @Path("categories")
    Page<Category> categories(@QueryParam("limit") int limit, @HeaderParam("Accept-Language") String language);

    @GET
    @Path("search")
    Page<SearchHit> search(@QueryParam("q") String q, @QueryParam("categoryId") UUID categoryId,
            @QueryParam("halal") Boolean halal, @QueryParam("after") String after, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization, @HeaderParam("Accept-Language") String language);

    @GET
    @Path("products/{id}")
    Product product(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @GET
    @Path("products/{id}/images")
    Page<ProductImage> images(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("shops/{id}")
    Shop shop(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @GET
    @Path("shops/mine")
    Page<MyShop> myShops(@QueryParam("limit") int limit, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @GET
    @Path("skus")
    List<SkuSnapshot> skus(@QueryParam("ids") String ids, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    /** Public: no token is sent, whoever is reading. */
    @GET
    @Path("trace/public/summary")
    TraceSummary traceSummary(@QueryParam("code") String code, @HeaderParam("Accept-Language") String language);
}
