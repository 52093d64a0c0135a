package cn.huinong.market.orders.payment;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators' view of refunds. A refund the provider refused (FAILED) gave its amount back to the order and would
 * otherwise wait for someone to notice: here an admin finds it and sends it again.
 */
@Path("/api/orders/refunds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Refunds")
public class RefundResource {

    @Inject RefundService refunds;

    @GET
    @Operation(summary = "Refunds in one status (e.g. FAILED), oldest first")
    public Page<RefundView> list(@QueryParam("status") @NotNull RefundStatus status,
            @Valid @BeanParam PageRequest page) {
        return refunds.list(status, page.after, page.limit);
    }

    @POST
    @Path("{id}/retry")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a FAILED refund again as a new refund of the same amounts (409 unless FAILED and "
            + "the order can still be refunded that much)")
    public RefundView retry(@PathParam("id") UUID id, @NotNull @Valid RefundRetryRequest request) {
        return refunds.retry(id, request.reason());
    }
}
