package cn.huinong.market.training.cohort;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.common.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/cohorts")
@Tag(name = "Cohorts")
public class CohortResource {

    @Inject CohortService service;

    @Inject SecurityIdentity identity;

    @GET
    @Operation(summary = "List cohorts: a trainer sees the cohorts assigned to them, an admin all")
    public Page<CohortView> list(@Valid @BeanParam PageRequest page) {
        return service.list(Viewer.of(identity).trainerScope(), page.after, page.limit);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        CohortView view = service.get(id, Viewer.of(identity).trainerScope());
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed("admin")
    @Idempotent
    @Operation(summary = "Open a cohort (admin); send Idempotency-Key to retry safely")
    public Response create(@NotNull @Valid CohortRequest request, UriInfo uri) {
        CohortView view = service.create(request);
        java.net.URI location = uri.getAbsolutePathBuilder().path(view.id().toString()).build();
        return Responses.created(location, view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Replace a cohort (admin); If-Match with the ETag you read is required")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CohortRequest request) {
        CohortView view = service.replace(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }
}
