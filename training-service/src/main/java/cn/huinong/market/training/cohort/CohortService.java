package cn.huinong.market.training.cohort;

import cn.huinong.market.common.paging.Cursor;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Cohorts, seen through the caller's eyes: {@code trainerSub} is the calling trainer, or null for an admin who
 * sees every cohort.
 */
@ApplicationScoped
public class CohortService {

    private static final String WHAT = "cohort";

    @Inject CohortRepository cohorts;

    @Inject Clock clock;

    @Inject ProgrammeRepository programmes;

    public Page<CohortView> list(String trainerSub, String after, int limit) {
        List<String> keys = Cursor.decode(after, 2);
        LocalDate afterStart = null;
        UUID afterId = null;
        if (!keys.isEmpty()) {
            try {
                afterStart = LocalDate.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.invalidField("after", "detail.cursor-invalid");
            }
        }
        return Page.of(cohorts.page(trainerSub, afterStart, afterId, limit), limit, CohortView::of,
                c -> Cursor.encode(c.startDate, c.id));
    }

    public CohortView get(UUID id, String trainerSub) {
        return CohortView.of(findVisible(id, trainerSub));
    }

    @Transactional
    public CohortView create(CohortRequest request) {
        UUID id = ClientIds.unused(request.id(), cohorts, WHAT);
        Cohort cohort = new Cohort();
        cohort.id = id;
        apply(cohort, request);
        cohort.createdAt = OffsetDateTime.now(clock);
        cohort.updatedAt = cohort.createdAt;
        cohorts.persistAndFlush(cohort);
        return CohortView.of(cohort);
    }

    @Transactional
    public CohortView replace(UUID id, String ifMatch, CohortRequest request) {
        Cohort cohort = findVisible(id, null);
        ETags.requireCurrent(ifMatch, cohort.version, () -> CohortView.of(cohort));
        ClientIds.sameAs(request.id(), id);
        apply(cohort, request);
        cohort.updatedAt = OffsetDateTime.now(clock);
        cohorts.flush();
        return CohortView.of(cohort);
    }

    private void apply(Cohort cohort, CohortRequest request) {
        if (request.programmeId() != null) {
            Programme programme = programmes.findById(request.programmeId());
            if (programme == null || !programme.tracks.contains(request.track())) {
                throw ProblemException.invalidField("programmeId", "huinong.cohort.programme-track");
            }
        }
        cohort.programmeId = request.programmeId();
        cohort.name = request.name().strip();
        cohort.countyCode = request.countyCode();
        cohort.countyName = request.countyName().strip();
        cohort.track = request.track();
        cohort.startDate = request.startDate();
        cohort.endDate = request.endDate();
        cohort.trainerSubs.clear();
        if (request.trainerSubs() != null) {
            cohort.trainerSubs.addAll(new LinkedHashSet<>(request.trainerSubs()));
        }
    }

    private Cohort findVisible(UUID id, String trainerSub) {
        return cohorts.findVisible(id, trainerSub).orElseThrow(() -> ProblemException.notFound(WHAT, id));
    }
}
