package cn.huinong.market.training.followup;

import cn.huinong.market.training.placement.PlacementVerification;

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
    /**
     * What the platform sees itself on a follow-up's due date makes the call unnecessary: a linked shop (its sales
     * come in the order feed) or an employer-confirmed placement covering that day.
     */
    static final String OUTCOME_UNSEEN = " and not exists (select 1 from ShopLink l where l.traineeId = f.traineeId)"
            + " and not exists (select 1 from Placement p where p.traineeId = f.traineeId"
            + " and p.verification = :confirmed and p.startDate <= f.dueOn"
            + " and (p.endDate is null or p.endDate >= f.dueOn))";

    public List<FollowUp> overdue(String trainerSub, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        params.put("confirmed", PlacementVerification.EMPLOYER_CONFIRMED);
        String where = "f.status = 'OPEN' and f.dueOn < :asOf" + OUTCOME_UNSEEN;
        if (trainerSub != null) {
            where += " and exists (select 1 from Enrolment e, Cohort c where e.traineeId = f.traineeId"
                    + " and e.cohortId = c.id and :trainer member of c.trainerSubs)";
            params.put("trainer", trainerSub);
        }
        return find("from FollowUp f where " + where + " order by f.dueOn, f.id", params).list();
    }

    public long overdueCount(UUID traineeId, LocalDate asOf) {
        return find("from FollowUp f where f.traineeId = :trainee and f.status = :open and f.dueOn < :asOf"
                + OUTCOME_UNSEEN,
                Map.of("trainee", traineeId, "open", FollowUpStatus.OPEN, "asOf", asOf,
                        "confirmed", PlacementVerification.EMPLOYER_CONFIRMED))
                .count();
    }

    /** The follow-ups of a trainee whose outcome the platform cannot see on their due date. */
    public List<UUID> unseenOf(UUID traineeId) {
        return find("select f.id from FollowUp f where f.traineeId = :trainee" + OUTCOME_UNSEEN,
                Map.of("trainee", traineeId, "confirmed", PlacementVerification.EMPLOYER_CONFIRMED))
                .project(UUID.class).list();
    }
}
