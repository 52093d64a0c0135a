package cn.huinong.market.training.report;

import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.AsOf;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outcome reports; a trainer's cover only the cohorts they are assigned to. JSON, or CSV on Accept: text/csv. */
@Path("/api/training/reports")
@Tag(name = "Reports")
public class OutcomeReportResource extends ReportResource {

    static final List<String> CSV_HEADER = List.of("report", "group_by", "group_key", "group_label", "as_of", "name",
            "definition", "window", "count", "denominator", "denominator_count", "rate_percent", "median_fen",
            "suppressed");

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
        return respond(report, () -> csvRows(report), CSV_HEADER,
                report.report() + "-" + report.groupBy() + "-" + report.asOf(), headers);
    }

    /** One row per cell; withheld counts are written as "<5". */
    static List<List<Object>> csvRows(OutcomeReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (OutcomeReport.Group g : report.groups()) {
            for (OutcomeReport.Cell c : g.cells()) {
                rows.add(List.of(report.report(), report.groupBy(), g.key(), g.label(), report.asOf(), c.name(),
                        c.definition(), c.window(), SmallCells.csv(c.count()),
                        c.denominator() == null ? "" : c.denominator(),
                        c.denominator() == null ? "" : SmallCells.csv(c.denominatorCount()),
                        c.rate() == null ? "" : c.rate(), c.medianFen() == null ? "" : c.medianFen(), c.suppressed()));
            }
        }
        return rows;
    }
}
