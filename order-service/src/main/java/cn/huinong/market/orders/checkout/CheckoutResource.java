package cn.huinong.market.orders.checkout;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/checkouts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
public class CheckoutResource {

    @Inject CheckoutService checkouts;

    @Inject CheckoutPayments payments;

    @Inject SecurityIdentity identity;

    @POST
    @RolesAllowed("buyer")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check out a cart over any number of shops: stock is reserved, one payment opened (payUrl), "
            + "one shop order per shop. 409 lists short SKUs; 503 when catalog or the payment provider is down "
            + "(nothing is kept)")
    public Response checkout(@NotNull @Valid CheckoutRequest request, UriInfo uri) {
        CheckoutService.Outcome outcome = checkouts.checkout(Callers.subjectOrAnonymous(identity), request);
        if (!outcome.created()) {
            return Response.ok(outcome.checkout()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.checkout().id().toString()).build())
                .entity(outcome.checkout()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"buyer", "admin"})
    @Operation(summary = "A checkout of the caller (admins: anyone's) with its shop orders")
    public CheckoutView get(@PathParam("id") UUID id) {
        return checkouts.get(id, identity);
    }

    @POST
    @Path("{id}/payment-check")
    @RolesAllowed({"buyer", "admin"})
    @Operation(summary = "Ask the payment provider now whether this checkout was paid (when the notification is late)")
    public CheckoutView paymentCheck(@PathParam("id") UUID id) {
        checkouts.get(id, identity);
        payments.reconcile(id);
        return checkouts.get(id, identity);
    }
}
