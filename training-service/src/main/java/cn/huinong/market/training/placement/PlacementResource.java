package cn.huinong.market.training.placement;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.web.Responses;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.AsOf;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/trainees/{traineeId}/placements")
@Tag(name = "Placements")
public class PlacementResource {

    @Inject PlacementService service;

    @Inject AsOf days;

    @Inject SecurityIdentity identity;

    @GET
    @Operation(summary = "The trainee's jobs with retention computed as of ?asOf (default today)")
    public List<PlacementView> list(@PathParam("traineeId") UUID traineeId, @QueryParam("asOf") String asOf) {
        return service.ofTrainee(traineeId, Viewer.of(identity), days.orToday(asOf));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("traineeId") UUID traineeId, @PathParam("id") UUID id,
            @QueryParam("asOf") String asOf) {
        PlacementView view = service.get(traineeId, id, Viewer.of(identity), days.orToday(asOf));
        return Responses.ok(view, view.version());
    }

    @POST
    @Idempotent
    public Response create(@PathParam("traineeId") UUID traineeId, @NotNull @Valid PlacementRequest request,
            UriInfo uri) {
        PlacementView view = service.create(traineeId, request, Viewer.of(identity), days.orToday(null));
        return Responses.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build(), view,
                view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a placement (e.g. record its end); If-Match required")
    public Response replace(@PathParam("traineeId") UUID traineeId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PlacementRequest request) {
        PlacementView view = service.replace(traineeId, id, ifMatch, request, Viewer.of(identity), days.orToday(null));
        return Responses.ok(view, view.version());
    }

}
