package cn.huinong.market.orders.feed;

import cn.huinong.market.common.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order event feed")
public class OrderEventResource {

    @Inject OrderEvents events;

    @GET
    @RolesAllowed({"service", "admin"})
    @Operation(summary = "Order facts in commit order (paid, accepted, shipped, delivered, completed, cancelled, "
            + "refunded). Poll with after=<sequence of the last event applied>; nextCursor is null on the last page")
    public Page<OrderEventView> feed(@QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(OrderEvents.MAX_LIMIT) int limit) {
        return events.after(after, limit);
    }
}
