package cn.huinong.market.training.cohort;

import cn.huinong.market.common.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/enrolments")
@Tag(name = "Enrolments")
public class EnrolmentResource {

    @Inject EnrolmentService service;

    @Inject SecurityIdentity identity;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        EnrolmentView view = service.get(id, Viewer.of(identity));
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move to another stage: APPLIED→ENROLLED→ACTIVE→COMPLETED|WITHDRAWN→EXITED (exitDate); "
            + "other moves are 409; optional If-Match")
    public Response move(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        EnrolmentView view = service.move(id, ifMatch, request, Viewer.of(identity));
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{id}/transitions")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return service.history(id, Viewer.of(identity));
    }
}
