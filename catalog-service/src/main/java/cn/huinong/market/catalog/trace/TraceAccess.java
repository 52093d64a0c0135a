package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may act on a shop's trace records: the seller who owns the shop, or an admin. Anyone else is told the shop or
 * lot does not exist, as the rest of the catalog does, so ids of other shops are not confirmed.
 */
@RequestScoped
public class TraceAccess {

    @Inject SecurityIdentity identity;

    @Inject TraceFacts facts;

    @Inject TraceLotRepository lots;

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    /** The shop, if the caller may act on it; else 404. */
    public UUID shop(UUID shopId) {
        boolean allowed = isAdmin() ? facts.shopExists(shopId)
                : facts.ownsShop(Callers.subjectOrAnonymous(identity), shopId);
        if (!allowed) {
            throw ProblemException.notFound("shop", shopId);
        }
        return shopId;
    }

    /** The lot, if the caller may act on its shop; else 404. */
    public TraceLot lot(UUID lotId) {
        TraceLot lot = lots.findById(lotId);
        if (lot == null || !(isAdmin() || facts.ownsShop(Callers.subjectOrAnonymous(identity), lot.shopId))) {
            throw ProblemException.notFound("lot", lotId);
        }
        return lot;
    }

    /**
     * A seller's events may name only the shop's own lots as classes: another shop's lot is a 403, an unknown one a
     * 404. Admins capture anything (the standard's examples name no platform lot).
     */
    public void requireOwnLots(UUID shopId, List<EpcisEvent> events) {
        if (isAdmin()) {
            return;
        }
        Set<String> classes = new LinkedHashSet<>();
        events.forEach(e -> classes.addAll(e.epcClasses()));
        for (String epcClass : classes) {
            Optional<TraceLot> lot = lots.byEpcClass(epcClass);
            if (lot.isEmpty()) {
                throw ProblemException.notFound("lot", epcClass);
            }
            if (!lot.get().shopId.equals(shopId)) {
                throw ProblemException.forbidden("The events name a lot of another shop: " + epcClass);
            }
        }
    }
}
