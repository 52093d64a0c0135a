package cn.huinong.market.orders.aftersale;

import cn.huinong.market.common.idempotency.Idempotent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Opening a case on a shop order. Its own root class with the full prefix: a root @Path of
 * {@code /api/orders/shop-orders} would claim the request before the sub-path is looked at.
 */
@Path("/api/orders/shop-orders/{orderId}/after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "After-sales")
public class ShopOrderAfterSaleResource {

    @Inject AfterSaleService service;

    @Inject SecurityIdentity identity;

    @POST
    @RolesAllowed("buyer")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The buyer opens an after-sale case: REFUND (order PAID or ACCEPTED) or RETURN_REFUND "
            + "(order DELIVERED), asking back requestedGoodsFen of the goods (shipping is refunded in full when all "
            + "the goods still refundable are). The order moves to AFTER_SALE; one open case per order")
    public Response open(@PathParam("orderId") UUID orderId, @NotNull @Valid AfterSaleRequests.Open request) {
        AfterSaleView view = service.open(orderId, request, identity);
        return Response.created(URI.create("/api/orders/after-sales/" + view.id())).entity(view)
                .tag(Long.toString(view.version())).build();
    }
}
