package cn.huinong.market.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    public List<FollowUp> ofTrainee(UUID traineeId) {
        return list("traineeId = ?1 order by dueOn, monthsAfterExit, id", traineeId);
    }

    /** Open follow-ups due before {@code asOf}; with a trainer given, only for trainees of their cohorts. */
    public List<FollowUp> overdue(String trainerSub, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        String where = "f.status = 'OPEN' and f.dueOn < :asOf";
        if (trainerSub != null) {
            where += " and exists (select 1 from Enrolment e, Cohort c where e.traineeId = f.traineeId"
                    + " and e.cohortId = c.id and :trainer member of c.trainerSubs)";
            params.put("trainer", trainerSub);
        }
        return find("from FollowUp f where " + where + " order by f.dueOn, f.id", params).list();
    }

    public long overdueCount(UUID traineeId, LocalDate asOf) {
        return count("traineeId = ?1 and status = ?2 and dueOn < ?3", traineeId, FollowUpStatus.OPEN, asOf);
    }
}
