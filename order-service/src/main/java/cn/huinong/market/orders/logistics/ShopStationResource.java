package cn.huinong.market.orders.logistics;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A shop's village station: the start of its quotes. Public knowledge (buyers see where a parcel starts). */
@Path("/api/orders/logistics/shop-stations/{shopId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Logistics network")
public class ShopStationResource {

    @Inject ShopStationService service;

    public record ShopStationRequest(@NotBlank String nodeCode) {
    }

    @GET
    @Authenticated
    public ShopStationService.ShopStationView get(@PathParam("shopId") UUID shopId) {
        return service.get(shopId);
    }

    @PUT
    @RolesAllowed("admin")
    public ShopStationService.ShopStationView assign(@PathParam("shopId") UUID shopId,
            @NotNull @Valid ShopStationRequest request) {
        return service.assign(shopId, request.nodeCode());
    }
}
