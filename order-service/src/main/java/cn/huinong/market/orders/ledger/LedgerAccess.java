package cn.huinong.market.orders.ledger;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who may see a shop's money: an admin sees every shop the ledger knows; a seller only the shops whose owner the
 * ledger recorded from the shop's first posting. Another seller's shop answers 404, exactly like a shop the
 * ledger does not know, so a seller cannot probe which shops exist.
 */
@ApplicationScoped
public class LedgerAccess {

    static final String WHAT = "shop ledger";

    @Inject SecurityIdentity identity;

    @Inject LedgerStore store;

    public void requireReader(UUID shopId) {
        String owner = store.shopOwner(shopId, false).orElseThrow(() -> ProblemException.notFound(WHAT, shopId));
        if (!identity.hasRole("admin") && !owner.equals(caller())) {
            throw ProblemException.notFound(WHAT, shopId);
        }
    }

    /** The owner only (admins do not pay out on a seller's behalf); locks the shop against a racing payout. */
    public void requireOwnerAndLock(UUID shopId) {
        String owner = store.shopOwner(shopId, true).orElseThrow(() -> ProblemException.notFound(WHAT, shopId));
        if (!owner.equals(caller())) {
            throw ProblemException.notFound(WHAT, shopId);
        }
    }

    public String caller() {
        return Callers.subjectOrAnonymous(identity);
    }
}
