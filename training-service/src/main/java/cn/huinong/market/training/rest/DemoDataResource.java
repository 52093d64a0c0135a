package cn.huinong.market.training.rest;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.config.IncubationConfig;
import cn.huinong.market.training.service.OutcomeDataset;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Loads the seeded outcomes dataset for demos; 404 unless huinong.training.incubation.demo-data-enabled=true. */
@Path("/api/training/demo/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Demo")
public class DemoDataResource {

    @Inject OutcomeDataset dataset;

    @Inject IncubationConfig config;

    @POST
    @Operation(summary = "Load the deterministic outcomes dataset (admin, demo only; loading again changes nothing)")
    public OutcomeDataset.Summary load() throws SQLException {
        if (!config.demoDataEnabled()) {
            throw new ProblemException(cn.huinong.market.common.problem.ProblemType.ROUTE_NOT_FOUND,
                    "detail.route-not-found", "/api/training/demo/outcomes");
        }
        return dataset.load();
    }
}
