package cn.huinong.market.catalog.trace;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public, self-contained trace endpoints that need no ownership: reading a label's code (GS1 Digital Link or
 * platform short code; a malformed one is a 400 problem) and the EPCIS 2.0 JSON-LD context the platform resolves
 * locally.
 */
@Path("/api/catalog/trace")
@Tag(name = "Traceability")
public class TraceCodeResource {

    @GET
    @Path("codes")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Parse a trace code: /01/{gtin}/10/{lot} (check digit validated) or /t/{code}")
    public TraceCodeView parse(@QueryParam("uri") String uri) {
        return TraceCodeView.of(DigitalLinks.parse(uri));
    }

    @GET
    @Path("epcis-context.jsonld")
    @PermitAll
    @Produces("application/ld+json")
    @Operation(summary = "The EPCIS 2.0 JSON-LD context (the standard's, served from the platform's copy)")
    public Response context() {
        // served byte for byte as the standard publishes it (its SHA-256 is in the test resources' README)
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CbvVocabulary.CONTEXT_RESOURCE)) {
            return Response.ok(in.readAllBytes(), "application/ld+json").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
