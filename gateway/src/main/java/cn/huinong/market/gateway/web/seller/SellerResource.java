package cn.huinong.market.gateway.web.seller;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.gateway.client.CatalogClient;
import cn.huinong.market.gateway.client.MyShop;
import cn.huinong.market.gateway.client.OrderTransition;
import cn.huinong.market.gateway.client.OrdersClient;
import cn.huinong.market.gateway.client.ShopOrder;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The seller's desk: their shops and the orders to accept and ship. Each form carries the order's version, sent
 * as If-Match, so a form sent twice (or after the order changed) moves nothing twice: order-service answers 412.
 */
@Path("/seller")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SellerResource {

    private static final Set<String> SELLER_MOVES = Set.of("ACCEPTED", "SHIPPED");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance desk(List<MyShop> shops, List<ShopOrder> orders, String problem);
    }

    @Inject WebSession web;

    @Inject
    @RestClient CatalogClient catalog;

    @Inject
    @RestClient OrdersClient orders;

    @GET
    public TemplateInstance desk() {
        Page<MyShop> shops = catalog.myShops(20, web.bearer(), web.lang());
        Page<ShopOrder> page = orders.shopOrdersOf(null, null, 50, web.bearer(), web.lang());
        return web.page(Templates.desk(shops.items() == null ? List.of() : shops.items(),
                page.items() == null ? List.of() : page.items(), null));
    }

    @POST
    @Path("orders/{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") UUID id, @FormParam("to") String to, @FormParam("version") String version,
            @FormParam("carrier") String carrier, @FormParam("trackingNumber") String trackingNumber) {
        if (to == null || !SELLER_MOVES.contains(to) || version == null || !version.matches("[0-9]{1,19}")) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(web.page(Templates.desk(List.of(), List.of(), "form")).render()).build();
        }
        boolean shipping = "SHIPPED".equals(to);
        orders.move(id, new OrderTransition(to, null, shipping ? blankToNull(carrier) : null,
                shipping ? blankToNull(trackingNumber) : null), "\"" + version + "\"", web.bearer(), web.lang());
        return Response.seeOther(URI.create("/seller")).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
