package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.gateway.client.Checkout;
import cn.huinong.market.gateway.client.NewCheckout;
import cn.huinong.market.gateway.client.OrdersClient;
import cn.huinong.market.gateway.web.WebExceptionMapper;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Checkout: the cart per shop with each parcel's shipping quote for the chosen province, the address form, and
 * the order. The form carries an id made when it was shown; it is the checkout's id and its Idempotency-Key, so
 * a form sent twice (a retry on a weak network, a double tap, a replay) is one checkout.
 */
@Path("/checkout")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CheckoutResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance checkout(CartContents cart, CheckoutParams form, UUID checkoutId,
                List<Provinces.Province> provinces, String problem);
    }

    @Inject WebSession web;

    @Inject CartService carts;

    @Inject
    @RestClient OrdersClient orders;

    @GET
    public TemplateInstance form(@CookieParam(Cart.COOKIE) String cookie, @QueryParam("province") String province) {
        CheckoutParams form = new CheckoutParams();
        form.provinceCode = Provinces.known(province) ? province : null;
        return show(Cart.parse(cookie), form, UUID.randomUUID(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response place(@CookieParam(Cart.COOKIE) String cookie, @BeanParam CheckoutParams form) {
        UUID checkoutId = form.checkoutId();
        if (checkoutId == null) {
            return Response.status(400).entity(show(Cart.parse(cookie), form, UUID.randomUUID(), "form")).build();
        }
        Cart cart = Cart.parse(cookie);
        if (cart.isEmpty()) {
            // The cart is emptied when a checkout succeeds: a form sent again after that shows the checkout it made.
            return Response.seeOther(URI.create("/orders/" + checkoutId)).build();
        }
        if (!form.complete() || !Provinces.known(form.provinceCode)) {
            return Response.status(400).entity(show(cart, form, checkoutId, "form")).build();
        }
        List<NewCheckout.Line> lines = cart.lines().entrySet().stream()
                .map(e -> new NewCheckout.Line(e.getKey(), e.getValue())).toList();
        Checkout created;
        try {
            created = orders.checkout(new NewCheckout(checkoutId, lines, form.address()), checkoutId.toString(),
                    web.bearer(), web.lang());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw e;
            }
            // Refused (short stock, invalid address…): the form again with the service's reason; a new id, since
            // the refused one may be remembered with this answer.
            String reason = WebExceptionMapper.detailOf(e.getResponse());
            return Response.status(e.getResponse().getStatus())
                    .entity(show(cart, form, UUID.randomUUID(), reason == null ? "form" : reason)).build();
        }
        return Response.seeOther(URI.create("/orders/" + created.id())).cookie(CartResource.cookieOf(Cart.empty()))
                .build();
    }

    private TemplateInstance show(Cart cart, CheckoutParams form, UUID checkoutId, String problem) {
        String province = Provinces.known(form.provinceCode) ? form.provinceCode : null;
        CartContents contents = carts.contents(cart, province, web.bearer(), web.lang());
        return web.page(Templates.checkout(contents, form, checkoutId, Provinces.ALL, problem));
    }
}
