package cn.huinong.market.training.report;

import cn.huinong.market.training.certificate.AssessmentResult;
import cn.huinong.market.training.certificate.Certificate;
import cn.huinong.market.training.cohort.Cohort;
import cn.huinong.market.training.cohort.Enrolment;
import cn.huinong.market.training.cohort.Stage;
import cn.huinong.market.training.cohort.StageTransition;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.China;
import cn.huinong.market.training.incubation.IncubationService;
import cn.huinong.market.training.incubation.OrderFact;
import cn.huinong.market.training.incubation.ShopLink;
import cn.huinong.market.training.placement.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Loads what reports count: every participation in the given cohorts of a trainee with a consent in force, with
 * the stages reached, certificates, placements, passed assessments, shop opening and order facts dated up to the
 * end of the "as of" day in China. Read in a few bulk queries (ids in chunks of 1000) rather than per person.
 */
@ApplicationScoped
public class Participations {

    @Inject EntityManager em;

    @Inject IncubationService incubation;

    /** Everyone the viewer may report on, with the facts their figures need, dated up to the end of asOf. */
    List<Participation> of(LocalDate asOf, Viewer viewer) {
        List<Cohort> cohorts = viewer.admin()
                ? em.createQuery("from Cohort c", Cohort.class).getResultList()
                : em.createQuery("from Cohort c where :t member of c.trainerSubs", Cohort.class)
                        .setParameter("t", viewer.sub()).getResultList();
        return of(cohorts, asOf);
    }

    /** The participations in these cohorts, with their facts up to the end of asOf. */
    List<Participation> of(List<Cohort> cohorts, LocalDate asOf) {
        OffsetDateTime cutoff = China.endOf(asOf);
        if (cohorts.isEmpty()) {
            return List.of();
        }
        Map<UUID, Cohort> cohortById = index(cohorts, c -> c.id);
        Set<UUID> consenting = new HashSet<>(em.createQuery(
                "select c.traineeId from Consent c where c.withdrawnAt is null", UUID.class).getResultList());
        List<Enrolment> enrolments = em
                .createQuery("from Enrolment e where e.cohortId in :c order by e.createdAt, e.id",
                        Enrolment.class)
                .setParameter("c", cohortById.keySet()).getResultList().stream()
                .filter(e -> consenting.contains(e.traineeId)).toList();
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Set<UUID> enrolmentIds = new HashSet<>();
        Set<UUID> traineeIds = new HashSet<>();
        enrolments.forEach(e -> {
            enrolmentIds.add(e.id);
            traineeIds.add(e.traineeId);
        });
        Map<UUID, Set<Stage>> stages = new HashMap<>();
        for (StageTransition t : inChunks(enrolmentIds, ids -> em.createQuery(
                "from StageTransition t where t.enrolmentId in :ids", StageTransition.class)
                .setParameter("ids", ids).getResultList())) {
            if (t.at.isBefore(cutoff)) {
                stages.computeIfAbsent(t.enrolmentId, k -> EnumSet.noneOf(Stage.class)).add(t.toStage);
            }
        }
        Map<UUID, List<Certificate>> certificates = byTrainee(inChunks(traineeIds, ids -> em.createQuery(
                "from Certificate c where c.traineeId in :ids", Certificate.class).setParameter("ids", ids)
                .getResultList()), c -> c.traineeId);
        Map<UUID, List<Placement>> placements = byTrainee(inChunks(traineeIds, ids -> em.createQuery(
                "from Placement p where p.traineeId in :ids", Placement.class).setParameter("ids", ids)
                .getResultList()), p -> p.traineeId);
        Map<UUID, List<AssessmentResult>> results = byTrainee(inChunks(traineeIds, ids -> em.createQuery(
                "from AssessmentResult r where r.traineeId in :ids and r.passed = true", AssessmentResult.class)
                .setParameter("ids", ids).getResultList()), r -> r.traineeId);
        Map<UUID, ShopLink> links = index(inChunks(traineeIds, ids -> em.createQuery(
                "from ShopLink l where l.traineeId in :ids", ShopLink.class).setParameter("ids", ids)
                .getResultList()), l -> l.traineeId);
        Set<UUID> shops = new HashSet<>();
        links.values().forEach(l -> shops.add(l.shopId));
        Map<UUID, OffsetDateTime> openings = incubation.openings(shops);
        Map<UUID, List<OrderFact>> facts = incubation.factsOf(shops);
        List<Participation> people = new ArrayList<>();
        for (Enrolment e : enrolments) {
            Set<Stage> reached = stages.getOrDefault(e.id, EnumSet.noneOf(Stage.class));
            ShopLink link = links.get(e.traineeId);
            people.add(new Participation(cohortById.get(e.cohortId), reached,
                    reached.contains(Stage.EXITED) ? e.exitDate : null,
                    onOrBefore(certificates.get(e.traineeId), c -> c.issuedOn, asOf),
                    onOrBefore(placements.get(e.traineeId), p -> p.startDate, asOf),
                    onOrBefore(results.get(e.traineeId), r -> r.assessedOn, asOf),
                    link == null ? null : openings.get(link.shopId),
                    link == null ? List.of() : facts.getOrDefault(link.shopId, List.of()), asOf,
                    new HashMap<>()));
        }
        return people;
    }

    private static <T> List<T> onOrBefore(List<T> items, Function<T, LocalDate> day, LocalDate asOf) {
        return items == null ? List.of() : items.stream().filter(i -> !day.apply(i).isAfter(asOf)).toList();
    }

    private static <T> List<T> inChunks(Set<UUID> ids, Function<List<UUID>, List<T>> query) {
        List<UUID> all = new ArrayList<>(ids);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            out.addAll(query.apply(all.subList(i, Math.min(all.size(), i + 1000))));
        }
        return out;
    }

    private static <T> Map<UUID, List<T>> byTrainee(Collection<T> items, Function<T, UUID> key) {
        Map<UUID, List<T>> out = new HashMap<>();
        items.forEach(i -> out.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        return out;
    }

    private static <T> Map<UUID, T> index(Collection<T> items, Function<T, UUID> key) {
        Map<UUID, T> out = new HashMap<>();
        items.forEach(i -> out.put(key.apply(i), i));
        return out;
    }
}
