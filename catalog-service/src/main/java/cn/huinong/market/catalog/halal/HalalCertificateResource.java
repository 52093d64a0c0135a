package cn.huinong.market.catalog.halal;

import cn.huinong.market.catalog.halal.HalalCertificateViews.Certificate;
import cn.huinong.market.catalog.halal.HalalCertificateViews.CertificateRequest;
import cn.huinong.market.catalog.halal.HalalCertificateViews.EventList;
import cn.huinong.market.catalog.halal.HalalCertificateViews.ScanLink;
import cn.huinong.market.catalog.halal.HalalCertificateViews.ScanUpload;
import cn.huinong.market.catalog.halal.HalalCertificateViews.StatusChange;
import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.common.web.Responses;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A shop's halal certificates: its owner registers and updates them, admins change their status. */
@Path("/api/catalog/shops/{shopId}/halal-certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Halal certificates")
@RolesAllowed({"seller", "admin"})
@Blocking
public class HalalCertificateResource {

    @Inject HalalCertificateService service;

    @POST
    @Idempotent
    @Operation(summary = "Register a halal certificate of your shop (ACTIVE at once); upload its scan next")
    public Response register(@PathParam("shopId") UUID shopId, @NotNull @Valid CertificateRequest request,
            UriInfo uri) {
        return Responses.created(uri, service.register(shopId, request));
    }

    @GET
    @Operation(summary = "The shop's certificates, latest expiry first (owner or admin)")
    public Page<Certificate> list(@PathParam("shopId") UUID shopId, @Valid @BeanParam PageRequest page) {
        return service.list(shopId, page.after, page.limit);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("shopId") UUID shopId, @PathParam("id") UUID id) {
        return Responses.ok(service.get(shopId, id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a certificate's details (owner); If-Match required; a revoked one is final")
    public Response replace(@PathParam("shopId") UUID shopId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CertificateRequest request) {
        return Responses.ok(service.replace(shopId, id, ifMatch, request));
    }

    @PUT
    @Path("{id}/status")
    @RolesAllowed("admin")
    @Operation(summary = "Suspend, reinstate or revoke (admin) with a reason; If-Match required; audited")
    public Response changeStatus(@PathParam("shopId") UUID shopId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid StatusChange change) {
        return Responses.ok(service.changeStatus(shopId, id, ifMatch, change));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who registered, changed or judged the certificate, when and why")
    public EventList history(@PathParam("shopId") UUID shopId, @PathParam("id") UUID id) {
        return service.history(shopId, id);
    }

    @POST
    @Path("{id}/scan")
    @Operation(summary = "Get a presigned URL to PUT the certificate's scan (JPEG, PNG or PDF)")
    @Consumes(MediaType.WILDCARD) // no body
    public ScanUpload startScanUpload(@PathParam("shopId") UUID shopId, @PathParam("id") UUID id) {
        return service.startScanUpload(shopId, id);
    }

    @POST
    @Path("{id}/scan/completion")
    @Operation(summary = "Check the uploaded scan by its content and attach it (replaces an earlier scan)")
    @Consumes(MediaType.WILDCARD) // no body
    public Response completeScanUpload(@PathParam("shopId") UUID shopId, @PathParam("id") UUID id) {
        return Responses.ok(service.completeScanUpload(shopId, id));
    }

    @GET
    @Path("{id}/scan")
    @Operation(summary = "A short-lived link to the scan (owner or admin)")
    public ScanLink scan(@PathParam("shopId") UUID shopId, @PathParam("id") UUID id) {
        return service.scanLink(shopId, id);
    }
}
