package cn.huinong.market.training.trainee;

import cn.huinong.market.common.paging.TimeKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TraineeRepository implements PanacheRepositoryBase<Trainee, UUID> {

    /** JPQL: the trainee {@code t} is enrolled in a cohort the trainer {@code :trainer} is assigned to. */
    public static final String TAUGHT_BY = "exists (select 1 from Enrolment e, Cohort c where e.traineeId = t.id"
            + " and e.cohortId = c.id and :trainer member of c.trainerSubs)";

    /** Keyset page by (createdAt, id); with a trainer given, only trainees of that trainer's cohorts. */
    public List<Trainee> page(String trainerSub, String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = "1 = 1";
        if (trainerSub != null) {
            where += " and " + TAUGHT_BY;
            params.put("trainer", trainerSub);
        }
        where = TimeKey.after(after, where, "t.createdAt", "t.id", params);
        return find("from Trainee t where " + where + " order by t.createdAt, t.id", params)
                .page(0, limit + 1).list();
    }
}
