package cn.huinong.market.training.rest;

import cn.huinong.market.training.service.OutcomeReportService;
import cn.huinong.market.training.service.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outcome reports; a trainer's cover only the cohorts they are assigned to. JSON, or CSV on Accept: text/csv. */
@Path("/api/training/reports")
@RolesAllowed({"trainer", "admin"})
@Tag(name = "Reports")
public class OutcomeReportResource {

    @Inject OutcomeReportService service;

    @Inject SecurityIdentity identity;

    @GET
    @Path("funnel")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Pipeline funnel ?asOf (required) &groupBy=cohort|county|trainer|track: applied … active shop, "
            + "with denominators, windows and the employed ∩ shop overlap; cells under 5 suppressed")
    public Response funnel(@QueryParam("asOf") String asOf, @QueryParam("groupBy") String groupBy,
            @Context HttpHeaders headers) {
        return respond(service.funnel(groupBy, AsOf.required(asOf), Viewer.of(identity)), headers);
    }

    @GET
    @Path("indicators")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "WIOA-style indicators ?asOf (required) &groupBy=…: employment in quarters 2 and 4 after exit, "
            + "median earnings in quarter 2, credential attainment within a year of exit, measurable skill gains")
    public Response indicators(@QueryParam("asOf") String asOf, @QueryParam("groupBy") String groupBy,
            @Context HttpHeaders headers) {
        return respond(service.indicators(groupBy, AsOf.required(asOf), Viewer.of(identity)), headers);
    }

    private static Response respond(OutcomeReport report, HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                break;
            }
            if (FunnelResource.CSV.isCompatible(type) && !type.isWildcardType()) {
                return Response.ok(OutcomeCsv.of(report), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + report.report() + "-"
                                + report.groupBy() + "-" + report.asOf() + ".csv\"")
                        .build();
            }
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
