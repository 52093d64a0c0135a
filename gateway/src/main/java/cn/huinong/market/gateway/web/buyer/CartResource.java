package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.gateway.web.LocalPaths;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** The cart over any number of shops. Reading it needs a sign-in (catalog's SKU snapshots are for signed-in users). */
@Path("/cart")
@Produces(MediaType.TEXT_HTML)
public class CartResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance cart(CartContents cart, boolean badInput);
    }

    @Inject WebSession web;

    @Inject CartService carts;

    @GET
    @Authenticated
    public TemplateInstance cart(@CookieParam(Cart.COOKIE) String cookie) {
        return web.page(Templates.cart(carts.contents(Cart.parse(cookie), null, web.bearer(), web.lang()), false));
    }

    /** Sets a SKU's quantity in the cart (0 removes it), then goes back to the cart or to {@code back}. */
    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response put(@CookieParam(Cart.COOKIE) String cookie, @FormParam("skuId") String skuId,
            @FormParam("quantity") String quantity, @FormParam("back") String back) {
        UUID sku;
        int count;
        try {
            sku = UUID.fromString(skuId == null ? "" : skuId.strip());
            count = Integer.parseInt(quantity == null ? "" : quantity.strip());
        } catch (IllegalArgumentException e) {
            return badInput();
        }
        return Cart.parse(cookie).with(sku, count)
                .map(next -> Response.seeOther(URI.create(back == null ? "/cart" : LocalPaths.orHome(back)))
                        .cookie(cookieOf(next)).build())
                .orElseGet(this::badInput);
    }

    private Response badInput() {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(web.page(Templates.cart(null, true)).render()).build();
    }

    /** The cart cookie: the buyer's browser only, never readable by scripts, kept a month. */
    static NewCookie cookieOf(Cart cart) {
        return new NewCookie.Builder(Cart.COOKIE).value(cart.encode()).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(cart.isEmpty() ? 0 : 30 * 24 * 3600).build();
    }
}
