package cn.huinong.market.training.incubation;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.trainee.ConsentService;
import cn.huinong.market.training.trainee.ConsentWithdrawn;
import cn.huinong.market.training.trainee.TraineeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Links a trainee to their catalog shop. Only with a consent in force that covers shop sales, by a trainer of one
 * of the trainee's cohorts or an admin; every link and unlink is audited. Withdrawing the consent unlinks.
 */
@ApplicationScoped
public class ShopLinkService {

    @Inject ShopLinkRepository links;

    @Inject Clock clock;

    @Inject ConsentService consents;

    @Inject IncubationStore store;

    @Inject TraineeAccess access;

    /** Links (or re-links to another shop); linking again to the same shop and owner changes nothing. */
    @Transactional
    public ShopLinkView link(UUID traineeId, ShopLinkRequest request, Viewer viewer) {
        access.trainee(traineeId, viewer);
        boolean covered = consents.coversShopSales(traineeId);
        if (!covered) {
            throw new ProblemException(cn.huinong.market.common.problem.ProblemType.UNPROCESSABLE,
                    "detail.shop-consent-required");
        }
        links.ofShop(request.shopId()).filter(other -> !other.traineeId.equals(traineeId)).ifPresent(other -> {
            throw ProblemException.conflict("detail.shop-linked-elsewhere");
        });
        ShopLink link = links.findById(traineeId);
        String owner = request.ownerSub().strip();
        if (link != null && link.shopId.equals(request.shopId()) && link.ownerSub.equals(owner)) {
            return view(link);
        }
        if (link != null) {
            audit(traineeId, "UNLINKED", link.shopId, link.ownerSub, viewer.sub(), "re-linked to another shop");
            links.delete(link);
            links.flush();
        }
        link = new ShopLink();
        link.traineeId = traineeId;
        link.shopId = request.shopId();
        link.ownerSub = owner;
        link.linkedBy = viewer.sub();
        link.linkedAt = OffsetDateTime.now(clock);
        links.persist(link);
        audit(traineeId, "LINKED", link.shopId, owner, viewer.sub(), request.reason());
        links.flush();
        return view(link);
    }

    @Transactional
    public void unlink(UUID traineeId, String reason, Viewer viewer) {
        remove(required(traineeId, viewer), reason, viewer.sub());
    }

    /** Runs in the withdrawal's transaction: without consent there is no link. */
    void unlinkOnWithdrawal(@Observes ConsentWithdrawn withdrawal) {
        ShopLink link = links.findById(withdrawal.traineeId());
        if (link != null) {
            remove(link, "consent withdrawn", withdrawal.viewer().sub());
        }
    }

    public ShopLinkView get(UUID traineeId, Viewer viewer) {
        return view(required(traineeId, viewer));
    }

    /** The link of a trainee the viewer may see, or 404. */
    public ShopLink required(UUID traineeId, Viewer viewer) {
        access.trainee(traineeId, viewer);
        ShopLink link = links.findById(traineeId);
        if (link == null) {
            throw ProblemException.notFound("shop link", traineeId);
        }
        return link;
    }

    private void remove(ShopLink link, String reason, String actor) {
        audit(link.traineeId, "UNLINKED", link.shopId, link.ownerSub, actor, reason);
        links.delete(link);
        links.flush();
    }

    private ShopLinkView view(ShopLink link) {
        return new ShopLinkView(link.traineeId, link.shopId, link.ownerSub, link.linkedBy, link.linkedAt,
                store.opening(link.shopId).orElse(null),
                links.history(link.traineeId).stream()
                        .map(a -> new ShopLinkView.Entry(a.action, a.shopId, a.ownerSub, a.actorSub, a.at, a.reason))
                        .toList());
    }

    private void audit(UUID traineeId, String action, UUID shopId, String ownerSub, String actor, String reason) {
        links.getEntityManager()
                .persist(ShopLinkAudit.of(traineeId, action, shopId, ownerSub, actor, reason,
                        OffsetDateTime.now(clock)));
    }
}
