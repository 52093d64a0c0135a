package cn.huinong.market.catalog.stock;

import cn.huinong.market.common.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What order-service's checkout reads of many SKUs at once: what they are and whether they sell right now. */
@Path("/api/catalog/skus")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SKUs")
public class SkuSnapshotResource {

    @Inject SkuSnapshots snapshots;

    @Inject SecurityIdentity identity;

    @GET
    @Authenticated
    @Operation(summary = "Snapshots of up to 100 SKUs for a checkout (?ids=a,b,c): only SKUs on sale are returned, "
            + "each with whether it can be sold now")
    public List<SkuSnapshot> snapshots(@QueryParam("ids") @NotNull @Size(min = 1, max = 3700) String ids) {
        List<UUID> parsed = new ArrayList<>();
        for (String id : ids.split(",")) {
            try {
                parsed.add(UUID.fromString(id.trim()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("ids", "detail.ids-malformed");
            }
        }
        return snapshots.of(parsed.stream().distinct().toList(),
                identity.hasRole("service") || identity.hasRole("admin"));
    }
}
