package cn.huinong.market.training.report;

import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.AsOf;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/cohorts/{cohortId}/funnel")
@Tag(name = "Reports")
public class FunnelResource extends ReportResource {

    static final List<String> CSV_HEADER = List.of("cohort_id", "as_of", "step", "definition", "window", "count",
            "denominator", "denominator_count", "rate_percent", "suppressed");

    @Inject FunnelService service;

    @Inject SecurityIdentity identity;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Cohort funnel as of a day (?asOf required): applied, enrolled, completed, certified, "
            + "employed with denominators; cells under 5 suppressed. Accept: text/csv for CSV")
    public Response funnel(@PathParam("cohortId") UUID cohortId, @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        FunnelView view = service.funnel(cohortId, AsOf.required(asOf), Viewer.of(identity));
        return respond(view, () -> csvRows(view), CSV_HEADER, "funnel-" + cohortId + "-" + view.asOf(), headers);
    }

    /** One row per step; withheld counts are written as "<5". */
    static List<List<Object>> csvRows(FunnelView view) {
        return view.steps().stream().map(s -> List.<Object>of(view.cohortId(), view.asOf(), s.step(), s.definition(),
                s.window(), SmallCells.csv(s.count()), s.denominator() == null ? "" : s.denominator(),
                s.denominator() == null ? "" : SmallCells.csv(s.denominatorCount()),
                s.rate() == null ? "" : s.rate(), s.suppressed())).toList();
    }
}
