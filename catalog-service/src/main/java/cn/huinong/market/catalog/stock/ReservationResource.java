package cn.huinong.market.catalog.stock;

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

/**
 * Stock reservations of checkouts, called by order-service (role {@code service}) and by admins. Every call is
 * safe to repeat: reserving is idempotent by checkout id, confirming and releasing by the state they reach.
 */
@Path("/api/catalog/reservations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"service", "admin"})
@Tag(name = "Reservations")
public class ReservationResource {

    @Inject ReservationService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reserve all lines or none (201); the same checkout with the same lines again gets 200 "
            + "and the existing reservation; 409 lists short or unsellable SKUs in 'current'")
    public Response reserve(@NotNull @Valid ReservationRequest request, UriInfo uri) {
        ReservationService.Outcome outcome = service.reserve(request);
        if (!outcome.created()) {
            return Response.ok(outcome.reservation()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(request.checkoutId().toString()).build())
                .entity(outcome.reservation()).build();
    }

    @GET
    @Path("{checkoutId}")
    public ReservationView get(@PathParam("checkoutId") UUID checkoutId) {
        return service.get(checkoutId);
    }

    @POST
    @Path("{checkoutId}/confirmation")
    @Operation(summary = "Confirm (the checkout was paid): reserved units leave stock; 409 if released or expired")
    public ReservationView confirm(@PathParam("checkoutId") UUID checkoutId) {
        return service.confirm(checkoutId);
    }

    @POST
    @Path("{checkoutId}/release")
    @Operation(summary = "Release (the checkout failed): units are sellable again; 409 if already confirmed")
    public ReservationView release(@PathParam("checkoutId") UUID checkoutId) {
        return service.release(checkoutId);
    }
}
