package cn.huinong.market.training.trainee;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Consent on record: without one in force, sensitive fields are not revealed and the trainee is left out of
 * new reports. Withdrawal keeps the record (when, by whom, why) and ends its force.
 */
@ApplicationScoped
public class ConsentService {

    @Inject ConsentRepository consents;

    @Inject Clock clock;

    @Inject TraineeAccess access;

    @Inject Event<ConsentWithdrawn> withdrawals;

    @Transactional
    public ConsentView record(UUID traineeId, ConsentRequest request, Viewer viewer) {
        access.trainee(traineeId, viewer);
        if (consents.inForce(traineeId).isPresent()) {
            throw ProblemException.conflict("detail.consent-in-force");
        }
        Consent c = new Consent(traineeId, request, viewer.sub(), OffsetDateTime.now(clock));
        consents.persistAndFlush(c);
        return ConsentView.of(c);
    }

    @Transactional
    public ConsentView withdraw(UUID traineeId, String reason, Viewer viewer) {
        access.trainee(traineeId, viewer);
        Consent c = consents.inForce(traineeId)
                .orElseThrow(() -> ProblemException.conflict("detail.consent-none-in-force"));
        c.withdrawnAt = OffsetDateTime.now(clock);
        c.withdrawnBy = viewer.sub();
        c.withdrawalReason = reason == null || reason.isBlank() ? null : reason.strip();
        consents.flush();
        // Without consent there is no link: the shop's sales stop counting for the trainee from now on.
        withdrawals.fire(new ConsentWithdrawn(traineeId, viewer));
        return ConsentView.of(c);
    }

    public List<ConsentView> history(UUID traineeId, Viewer viewer) {
        access.trainee(traineeId, viewer);
        return consents.history(traineeId).stream().map(ConsentView::of).toList();
    }

    public boolean inForce(UUID traineeId) {
        return consents.inForce(traineeId).isPresent();
    }

    public boolean coversShopSales(UUID traineeId) {
        return consents.inForce(traineeId).map(c -> c.coversShopSales).orElse(false);
    }
}
