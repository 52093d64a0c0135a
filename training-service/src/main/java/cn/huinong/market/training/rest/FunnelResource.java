package cn.huinong.market.training.rest;

import cn.huinong.market.training.service.FunnelService;
import cn.huinong.market.training.service.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/cohorts/{cohortId}/funnel")
@RolesAllowed({"trainer", "admin"})
@Tag(name = "Reports")
public class FunnelResource {

    @Inject FunnelService service;

    @Inject SecurityIdentity identity;

    static final MediaType CSV = MediaType.valueOf("text/csv");

    /** JSON unless the client asks for CSV before JSON in its Accept header. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Cohort funnel as of a day (?asOf required): applied, enrolled, completed, certified, "
            + "employed with denominators; cells under 5 suppressed. Accept: text/csv for CSV")
    public Response funnel(@PathParam("cohortId") UUID cohortId, @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        FunnelView view = service.funnel(cohortId, AsOf.required(asOf), Viewer.of(identity));
        if (!wantsCsv(headers)) {
            return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(FunnelCsv.of(view), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"funnel-" + cohortId + "-" + view.asOf()
                        + ".csv\"")
                .build();
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (CSV.isCompatible(type) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
