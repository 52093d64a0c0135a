package cn.huinong.market.orders.order;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/shop-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shop orders")
public class ShopOrderResource {

    @Inject OrderService orders;

    @Inject SecurityIdentity identity;

    @GET
    @RolesAllowed({"buyer", "seller", "admin"})
    @Operation(summary = "The caller's orders, newest first: a buyer's purchases, a seller's shops' orders, "
            + "everything for admins")
    public Page<ShopOrderView> list(@QueryParam("shopId") UUID shopId, @QueryParam("status") OrderStatus status,
            @Valid @BeanParam PageRequest page) {
        return orders.list(identity, shopId, status, page.after, page.limit);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"buyer", "seller", "admin"})
    public Response get(@PathParam("id") UUID id) {
        ShopOrderView view = orders.get(id, identity);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({"buyer", "seller", "admin"})
    @Operation(summary = "Every status change of the order: from, to, who, when, why")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return orders.history(id, identity);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({"buyer", "seller", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the order (seller: ACCEPTED, SHIPPED with tracking, CANCELLED with reason and full "
            + "refund; buyer: DELIVERED, COMPLETED, CANCELLED while unpaid). Illegal moves 409, moves of another role 403")
    public Response move(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        ShopOrderView view = orders.move(id, ifMatch, request, identity);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
