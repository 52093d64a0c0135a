package cn.huinong.market.catalog.trace;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What anyone who scans a label may see, without logging in. */
@Path("/api/catalog/trace/public")
@Tag(name = "Traceability")
@PermitAll
public class TracePublicResource {

    @Inject TraceSummaryService summaries;

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public trace summary of a lot, by its label's GS1 Digital Link or short code")
    public TraceSummary summary(@QueryParam("code") String code) {
        return summaries.summary(code);
    }
}
