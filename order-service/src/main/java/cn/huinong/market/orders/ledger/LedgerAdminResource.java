package cn.huinong.market.orders.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement")
public class LedgerAdminResource {

    @Inject LedgerAudit audit;

    @GET
    @Path("trial-balance")
    @RolesAllowed("admin")
    @Operation(summary = "Every account's debits, credits and balance; balanced when debits equal credits and "
            + "every entry balances")
    public LedgerAudit.TrialBalance trialBalance() {
        return audit.trialBalance();
    }
}
