package cn.huinong.market.catalog.image;

import cn.huinong.market.catalog.image.ProductImageViews.Image;
import cn.huinong.market.catalog.image.ProductImageViews.ImageList;
import cn.huinong.market.catalog.image.ProductImageViews.Order;
import cn.huinong.market.catalog.image.ProductImageViews.Upload;
import cn.huinong.market.catalog.image.ProductImageViews.UploadRequest;
import cn.huinong.market.common.idempotency.Idempotent;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Product images. The bytes go straight to the S3 store by a presigned PUT; the service then checks and shrinks
 * them on a worker thread (never the event loop), bounded by {@code huinong.catalog.images.max-concurrent}.
 */
@Path("/api/catalog/products/{productId}/images")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Product images")
@RolesAllowed({"seller", "admin"})
@Blocking
public class ProductImageResource {

    @Inject ProductImageService service;

    @POST
    @Idempotent
    @Operation(summary = "Start an image upload (shop owner): PUT the bytes to uploadUrl, then POST …/completion")
    public Response startUpload(@PathParam("productId") UUID productId, UploadRequest request) {
        Upload upload = service.startUpload(productId, request == null ? null : request.imageId());
        return Response.status(Response.Status.CREATED).entity(upload).build();
    }

    /** The same without a body (no Content-Type): the service picks the image id. */
    @POST
    @Idempotent
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response startUploadWithoutBody(@PathParam("productId") UUID productId) {
        return startUpload(productId, null);
    }

    @POST
    @Path("{imageId}/completion")
    @Operation(summary = "Finish an upload: the service checks the bytes are a JPEG, PNG or WebP within the "
            + "limits, strips all metadata and stores 160/320/640 px JPEG variants; refused uploads are deleted")
    @Consumes(MediaType.WILDCARD) // no body
    public Image complete(@PathParam("productId") UUID productId, @PathParam("imageId") UUID imageId) {
        return service.complete(productId, imageId);
    }

    @GET
    @PermitAll
    @Operation(summary = "Ready images of a product in order, with variant URLs (anyone for a product on sale, "
            + "else its owner or an admin)")
    public Response list(@PathParam("productId") UUID productId) {
        ImageList list = service.list(productId);
        return Response.ok(list).header("ETag", service.listETag(productId)).build();
    }

    @PUT
    @Path("order")
    @Operation(summary = "Reorder the ready images; If-Match with the list's ETag is required")
    public Response reorder(@PathParam("productId") UUID productId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Order order) {
        ImageList list = service.reorder(productId, ifMatch, order.imageIds());
        return Response.ok(list).header("ETag", service.listETag(productId)).build();
    }

    @DELETE
    @Path("{imageId}")
    @Operation(summary = "Delete an image and its stored variants (shop owner)")
    @Consumes(MediaType.WILDCARD) // no body
    public Response delete(@PathParam("productId") UUID productId, @PathParam("imageId") UUID imageId) {
        service.delete(productId, imageId);
        return Response.noContent().build();
    }
}
