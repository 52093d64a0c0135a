package cn.huinong.market.training.cohort;

import cn.huinong.market.common.paging.JpqlFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CohortRepository implements PanacheRepositoryBase<Cohort, UUID> {

    /**
     * Keyset page by (startDate, id). With a trainer given, only the cohorts that trainer is assigned to: the
     * ownership rule is part of the query, so no page can ever carry another trainer's cohort.
     */
    public List<Cohort> page(String trainerSub, LocalDate afterStart, UUID afterId, int limit) {
        JpqlFilter filter = new JpqlFilter();
        if (trainerSub != null) {
            filter.and(":trainer member of trainerSubs", Map.of("trainer", trainerSub));
        }
        if (afterId != null) {
            filter.and("(startDate > :afterStart or (startDate = :afterStart and id > :afterId))",
                    Map.of("afterStart", afterStart, "afterId", afterId));
        }
        return find(filter.where() + " order by startDate, id", filter.params()).page(0, limit + 1).list();
    }

    /** The cohort if the trainer may see it (admins pass null): others' cohorts look like they don't exist. */
    public Optional<Cohort> findVisible(UUID id, String trainerSub) {
        Optional<Cohort> cohort = findByIdOptional(id);
        return trainerSub == null ? cohort : cohort.filter(c -> c.trainerSubs.contains(trainerSub));
    }
}
