package cn.huinong.market.training.incubation;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.AsOf;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shop incubation of one trainee: the shop link, milestones and income. */
@Path("/api/training/trainees/{id}")
@Tag(name = "Incubation")
public class TraineeShopResource {

    @Inject ShopLinkService links;

    @Inject AsOf days;

    @Inject IncubationService incubation;

    @Inject SecurityIdentity identity;

    @GET
    @Path("shop")
    @Operation(summary = "The trainee's linked catalog shop, its opening and the link's audit trail (404 if none)")
    public ShopLinkView shop(@PathParam("id") UUID id) {
        return links.get(id, Viewer.of(identity));
    }

    @POST
    @Path("shop")
    @Idempotent
    @Operation(summary = "Link the trainee to their catalog shop and its owner's OIDC sub: needs a consent in force "
            + "covering SHOP_SALES (else 422); a shop links to one trainee only (409); audited")
    public ShopLinkView link(@PathParam("id") UUID id, @NotNull @Valid ShopLinkRequest request) {
        return links.link(id, request, Viewer.of(identity));
    }

    @DELETE
    @Path("shop")
    @Operation(summary = "Unlink the trainee's shop (audited, with an optional ?reason=)")
    public Response unlink(@PathParam("id") UUID id, @QueryParam("reason") @Size(max = 500) String reason) {
        links.unlink(id, reason, Viewer.of(identity));
        return Response.noContent().build();
    }

    @GET
    @Path("milestones")
    @Operation(summary = "Incubation milestones as of a day (?asOf, default today in China): SHOP_OPENED, FIRST_SALE, "
            + "ACTIVE, SUSTAINED, DORMANT, computed from catalog and the order feed")
    public MilestonesView milestones(@PathParam("id") UUID id, @QueryParam("asOf") String asOf) {
        return incubation.milestones(id, days.orToday(asOf), Viewer.of(identity));
    }

    @GET
    @Path("income")
    @Operation(summary = "Net monthly shop income ?from=YYYY-MM&to=YYYY-MM (Asia/Shanghai months, at most 36) beside "
            + "the intake baseline household income")
    public IncomeView income(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return incubation.income(id, from, to, Viewer.of(identity));
    }
}
