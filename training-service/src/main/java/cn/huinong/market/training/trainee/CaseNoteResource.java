package cn.huinong.market.training.trainee;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.training.cohort.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/trainees/{traineeId}/notes")
@Tag(name = "Follow-ups and case notes")
public class CaseNoteResource {

    @Inject CaseNoteService service;

    @Inject SecurityIdentity identity;

    @GET
    public Page<NoteView> list(@PathParam("traineeId") UUID traineeId, @Valid @BeanParam PageRequest page) {
        return service.list(traineeId, Viewer.of(identity), page.after, page.limit);
    }

    @POST
    @Idempotent
    public Response add(@PathParam("traineeId") UUID traineeId, @NotNull @Valid NoteRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.add(traineeId, request, Viewer.of(identity)))
                .build();
    }
}
