package cn.huinong.market.catalog.shop;

import cn.huinong.market.catalog.audit.Lifecycle;
import cn.huinong.market.catalog.audit.TransitionLog;
import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Seller onboarding: applications, admin review with a checklist, and the audited shop lifecycle. */
@ApplicationScoped
public class ShopService {

    @Inject Clock clock;

    @Inject ShopRepository shops;

    @Inject Ownership ownership;

    @Inject TransitionLog log;

    @Inject HalalCertificatesOnFile halalCertificates;

    @Inject Event<ShopChanged> shopChanged;

    /** Fired after a shop's visibility may have changed, so dependants (search) can follow. */
    public record ShopChanged(UUID shopId) {
    }

    @Transactional
    public ShopView apply(ShopRequest request) {
        UUID id = ClientIds.newId(request.id(), shops::findById, "shop");
        Shop shop = new Shop();
        shop.id = id;
        shop.ownerSub = ownership.caller();
        details(shop, request);
        shop.status = ShopStatus.APPLIED;
        shop.createdAt = now();
        shop.updatedAt = shop.createdAt;
        shops.persistAndFlush(shop);
        record(id, null, ShopStatus.APPLIED, shop.ownerSub, null, shop.createdAt);
        return ShopView.full(shop);
    }

    @Transactional
    public ShopView update(UUID id, String ifMatch, ShopRequest request) {
        Shop shop = ownership.shop(id);
        ETags.requireCurrent(ifMatch, shop.version, () -> ShopView.full(shop));
        ProblemException.requireSameId(request.id(), id);
        details(shop, request);
        shop.updatedAt = now();
        shops.flush();
        shopChanged.fire(new ShopChanged(id));
        return ShopView.full(shop);
    }

    /** The shop itself, for other features to check its state (no ownership check). */
    public Optional<Shop> find(UUID id) {
        return Optional.ofNullable(shops.findById(id));
    }

    /** Owners and admins see everything; anyone else sees approved shops only, and only their public face. */
    public ShopView view(UUID id) {
        Optional<Shop> theirs = ownership.ifMayChange(id);
        if (theirs.isPresent()) {
            return ShopView.full(theirs.get());
        }
        Shop shop = shops.findById(id);
        if (shop == null || shop.status != ShopStatus.APPROVED) {
            throw ProblemException.notFound("shop", id);
        }
        return ShopView.publicView(shop);
    }

    public Page<ShopView> mine(String after, int limit) {
        return page("ownerSub = :owner", Map.of("owner", ownership.caller()), after, limit);
    }

    /** The admin review queue: shops in one state, oldest first. */
    public Page<ShopView> byStatus(ShopStatus status, String after, int limit) {
        return page("status = :status", Map.of("status", status), after, limit);
    }

    private Page<ShopView> page(String condition, Map<String, Object> base, String after, int limit) {
        Map<String, Object> params = new HashMap<>(base);
        String where = TimeKey.after(after, condition, "createdAt", "id", params);
        List<Shop> rows = shops.find(where + " order by createdAt, id", params).page(0, limit + 1).list();
        return Page.of(rows, limit, ShopView::full, s -> new TimeKey(s.createdAt, s.id).cursor());
    }

    @Transactional
    public ShopView transition(UUID id, String ifMatch, TransitionRequest request) {
        Shop shop = ownership.shop(id);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, shop.version, () -> ShopView.full(shop));
        }
        Lifecycle.Step<ShopStatus> step = ShopLifecycle.TABLE.check(shop.status, request.to(), request.reason(),
                ownership.isAdmin(), shop.ownerSub.equals(ownership.caller()));
        ShopStatus target = step.move().to();
        String reason = step.reason();
        if (target == ShopStatus.APPROVED && step.move().from() == ShopStatus.UNDER_REVIEW) {
            requireChecklistComplete(shop);
        }
        ShopStatus from = shop.status;
        shop.status = target;
        shop.updatedAt = now();
        shops.flush();
        record(id, from, target, ownership.caller(), reason, shop.updatedAt);
        shopChanged.fire(new ShopChanged(id));
        return ShopView.full(shop);
    }

    @Transactional
    public ShopView checklist(UUID id, String ifMatch, ChecklistRequest request) {
        Shop shop = ownership.shop(id);
        ETags.requireCurrent(ifMatch, shop.version, () -> ShopView.full(shop));
        shop.identityChecked = request.identityChecked();
        shop.payoutAccountGiven = request.payoutAccountGiven();
        shop.halalCertificateChecked = request.halalCertificateChecked();
        shop.updatedAt = now();
        shops.flush();
        return ShopView.full(shop);
    }

    public List<TransitionView> history(UUID id) {
        ownership.shopForAudit(id);
        return log.of(ShopTransition.class, "shopId", id).stream().map(TransitionView::of).toList();
    }

    private void requireChecklistComplete(Shop shop) {
        if (!shop.identityChecked) {
            throw ProblemException.conflict("detail.checklist-identity");
        }
        if (!shop.payoutAccountGiven) {
            throw ProblemException.conflict("detail.checklist-payout");
        }
        if (shop.sellsHalal && !shop.halalCertificateChecked) {
            throw ProblemException.conflict("detail.checklist-halal");
        }
        // The reviewer's tick is not enough on its own: a certificate must really be on file and in force.
        if (shop.sellsHalal && !halalCertificates.anyInForce(shop.id)) {
            throw ProblemException.conflict("detail.checklist-halal-missing");
        }
    }

    private static void details(Shop shop, ShopRequest r) {
        if (r.townshipCode() != null && !r.townshipCode().startsWith(r.countyCode())) {
            throw ProblemException.invalidField("townshipCode", "detail.division-outside-parent");
        }
        if (r.villageCode() != null && (r.townshipCode() == null || !r.villageCode().startsWith(r.townshipCode()))) {
            throw ProblemException.invalidField("villageCode", "detail.division-outside-parent");
        }
        if ((r.townshipCode() == null) != (r.townshipName() == null)
                || (r.villageCode() == null) != (r.villageName() == null)) {
            throw ProblemException.invalidField(r.townshipCode() == null ? "townshipName" : "villageName",
                    "detail.division-code-and-name");
        }
        shop.nameZh = r.nameZh().strip();
        shop.nameEn = blankToNull(r.nameEn());
        shop.descriptionZh = blankToNull(r.descriptionZh());
        shop.descriptionEn = blankToNull(r.descriptionEn());
        shop.countyCode = r.countyCode();
        shop.countyName = r.countyName().strip();
        shop.townshipCode = r.townshipCode();
        shop.townshipName = blankToNull(r.townshipName());
        shop.villageCode = r.villageCode();
        shop.villageName = blankToNull(r.villageName());
        shop.contactName = r.contactName().strip();
        shop.contactPhone = r.contactPhone().strip();
        shop.sells = r.sells().strip();
        shop.sellsHalal = r.sellsHalal();
        shop.supportStatus = r.supportStatus();
        shop.supportLabelConsent = Boolean.TRUE.equals(r.supportLabelConsent());
    }

    public static ShopStatus parse(String field, String status) {
        try {
            return ShopStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "detail.status-unknown");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private void record(UUID shopId, ShopStatus from, ShopStatus to, String actorSub, String reason,
            OffsetDateTime at) {
        ShopTransition step = new ShopTransition();
        step.shopId = shopId;
        log.append(step.moved(from, to, actorSub, reason, at));
    }
}
