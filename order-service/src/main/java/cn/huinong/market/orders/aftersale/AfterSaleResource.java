package cn.huinong.market.orders.aftersale;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * After-sale cases. Everyone involved may read a case (buyer, the order's seller, admins; anyone else 404); each
 * action belongs to one role (another role of the case gets 403) and applies in some states only (else 409).
 * Actions take an optional If-Match with the case's ETag. Who may do what is the service's decision (per case), so
 * every endpoint here is open to the three roles involved.
 */
@Path("/api/orders/after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"buyer", "seller", "admin"})
@Tag(name = "After-sales")
public class AfterSaleResource {

    @Inject AfterSaleService service;

    @Inject AfterSalePhotos photos;

    @Inject SecurityIdentity identity;

    @GET
    @Operation(summary = "The caller's cases, newest first: a buyer's own, a seller's shops', all for admins")
    public Page<AfterSaleView> list(@QueryParam("shopOrderId") UUID shopOrderId,
            @QueryParam("status") AfterSaleStatus status,
            @Valid @BeanParam PageRequest page) {
        return service.list(identity, shopOrderId, status, page.after, page.limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case with its photos and every move (who, when, why)")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id, identity));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Seller: accept (REFUND is refunded now, RETURN_REFUND awaits the goods) or reject with "
            + "a reason")
    public Response decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AfterSaleRequests.Decision request) {
        return ok(service.decide(id, ifMatch, request, identity));
    }

    @POST
    @Path("{id}/return-shipment")
    @Operation(summary = "Buyer: the return parcel's carrier and tracking number")
    public Response returnShipment(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AfterSaleRequests.ReturnShipment request) {
        return ok(service.returnShipment(id, ifMatch, request, identity));
    }

    @POST
    @Path("{id}/receipt")
    @Operation(summary = "Seller: the returned goods arrived; the refund goes out")
    public Response receipt(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid AfterSaleRequests.Reason request) {
        return ok(service.receipt(id, ifMatch, request, identity));
    }

    @POST
    @Path("{id}/dispute")
    @Operation(summary = "Buyer: escalate a rejection to the platform, with a reason, within the configured days")
    public Response dispute(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AfterSaleRequests.Reason request) {
        return ok(service.dispute(id, ifMatch, request, identity));
    }

    @POST
    @Path("{id}/arbitration")
    @Operation(summary = "Admin: rule on a dispute — REFUND refundGoodsFen (≤ what is refundable) or UPHOLD the "
            + "rejection — with a reason")
    public Response arbitrate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AfterSaleRequests.Arbitration request) {
        return ok(service.arbitrate(id, ifMatch, request, identity));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Buyer: withdraw the case (not once the return parcel is on its way); the order resumes")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid AfterSaleRequests.Reason request) {
        return ok(service.withdraw(id, ifMatch, request, identity));
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Buyer: add a photo (multipart part \"photo\"; JPEG or PNG by its bytes, size and count "
            + "limited) to an open case")
    public Response upload(@PathParam("id") UUID id, @RestForm("photo") FileUpload photo) {
        AfterSaleView view = photo == null
                ? photos.upload(id, null, 0, identity)
                : photos.upload(id, photo.uploadedFile(), photo.size(), identity);
        return Response.status(Response.Status.CREATED).entity(view).tag(Long.toString(view.version())).build();
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A photo's bytes (the case's buyer, the order's seller, admins)")
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        AfterSalePhotos.Stored stored = photos.read(id, photoId, identity);
        return Response.ok(stored.bytes(), stored.contentType()).header("Cache-Control", "private, max-age=3600")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static Response ok(AfterSaleView view) {
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }
}
