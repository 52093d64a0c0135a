package cn.huinong.market.catalog.trace;

import cn.huinong.market.catalog.PageParams;
import cn.huinong.market.common.paging.Page;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A shop's lots and their QR labels: the shop's owner and admins only. */
@Path("/api/catalog/trace")
@Tag(name = "Traceability")
@RolesAllowed({"seller", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TraceLotResource {

    @Inject TraceAccess access;

    @Inject LotService lots;

    @Inject TraceLabelService labels;

    @POST
    @Path("shops/{shopId}/lots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a lot of one of the shop's own products")
    public Response create(@PathParam("shopId") UUID shopId, @Valid @NotNull LotRequest request) {
        TraceLot lot = lots.create(access.shop(shopId), request.toNewLot());
        return Response.status(Response.Status.CREATED).entity(LotView.of(lot, lots.codeOf(lot))).build();
    }

    @GET
    @Path("shops/{shopId}/lots")
    @Operation(summary = "The shop's lots, newest first")
    public Page<LotView> list(@PathParam("shopId") UUID shopId, @Valid @BeanParam PageParams page) {
        Page<TraceLot> found = lots.ofShop(access.shop(shopId), page.after, page.limit);
        return new Page<>(found.items().stream().map(l -> LotView.of(l, lots.codeOf(l))).toList(),
                found.nextCursor());
    }

    @GET
    @Path("lots/{lotId}")
    public LotView get(@PathParam("lotId") UUID lotId) {
        TraceLot lot = access.lot(lotId);
        return LotView.of(lot, lots.codeOf(lot));
    }

    @GET
    @Path("lots/{lotId}/label.png")
    @Produces("image/png")
    @Operation(summary = "The lot's QR label (40×30 mm at 300 dpi)")
    public byte[] png(@PathParam("lotId") UUID lotId) {
        return labels.png(access.lot(lotId));
    }

    @GET
    @Path("lots/{lotId}/label.svg")
    @Produces("image/svg+xml")
    public String svg(@PathParam("lotId") UUID lotId) {
        return labels.svg(access.lot(lotId));
    }
}
