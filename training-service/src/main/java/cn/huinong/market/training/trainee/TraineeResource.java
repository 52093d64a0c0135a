package cn.huinong.market.training.trainee;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.common.web.Responses;
import cn.huinong.market.training.cohort.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/training/trainees")
@Tag(name = "Trainees")
public class TraineeResource {

    @Inject TraineeService service;

    @Inject ConsentService consents;

    @Inject SecurityIdentity identity;

    @GET
    @Operation(summary = "List trainees: a trainer sees those enrolled in their cohorts, an admin all (masked)")
    public Page<TraineeView> list(@Valid @BeanParam PageRequest page) {
        return service.list(Viewer.of(identity), page.after, page.limit);
    }

    @POST
    @Idempotent
    @Operation(summary = "Register a trainee at intake; a trainer must give cohortId (one of theirs)")
    public Response create(@NotNull @Valid TraineeRequest request, UriInfo uri) {
        TraineeView view = service.create(request, Viewer.of(identity));
        return Responses.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build(), view,
                view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A trainee, sensitive fields masked; ?reveal=true&purpose=… decrypts them "
            + "(consent in force required; every reveal is audited)")
    public Response get(@PathParam("id") UUID id, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
            @QueryParam("purpose") @Size(max = 200) String purpose) {
        Viewer viewer = Viewer.of(identity);
        if (!reveal) {
            TraineeView view = service.get(id, viewer);
            return Responses.ok(view, view.version());
        }
        TraineeView view = service.reveal(id, purpose, viewer);
        return Response.fromResponse(Responses.ok(view, view.version()))
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a trainee's data (If-Match required); the sensitive fields are sealed again")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TraineeRequest request) {
        TraineeView view = service.replace(id, ifMatch, request, Viewer.of(identity));
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{id}/access-log")
    @RolesAllowed("admin")
    @Operation(summary = "Every reveal of the trainee's sensitive fields (admin)")
    public List<AccessLogView> accessLog(@PathParam("id") UUID id) {
        return service.accessLog(id, Viewer.of(identity));
    }

    @GET
    @Path("{id}/consents")
    public List<ConsentView> consents(@PathParam("id") UUID id) {
        return consents.history(id, Viewer.of(identity));
    }

    @POST
    @Path("{id}/consents")
    @Operation(summary = "Record the consent the trainee gave (409 while another is in force)")
    public Response recordConsent(@PathParam("id") UUID id, @NotNull @Valid ConsentRequest request) {
        return Response.status(Response.Status.CREATED).entity(consents.record(id, request, Viewer.of(identity)))
                .build();
    }

    @POST
    @Path("{id}/consents/withdrawal")
    @Operation(summary = "Withdraw the consent in force: sensitive fields are no longer revealed, new reports leave "
            + "the trainee out")
    public ConsentView withdrawConsent(@PathParam("id") UUID id, @Valid WithdrawalRequest request) {
        return consents.withdraw(id, request == null ? null : request.reason(), Viewer.of(identity));
    }
}
