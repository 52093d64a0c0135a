package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A planning job's state changes, each in its own transaction so that pollers see progress. */
@ApplicationScoped
public class PlanningJobStore {

    @Inject PlanningJobRepository jobs;

    @Inject Clock clock;

    @Inject EntityManager em;

    /** A job created, or the one already queued or running for the same hub and cutoff. */
    public record Enqueued(PlanningJob job, boolean created) {
    }

    @Transactional
    public Enqueued enqueue(String hubCode, OffsetDateTime cutoff, String requestedBy) {
        var existing = jobs.active(hubCode, cutoff);
        if (existing.isPresent()) {
            return new Enqueued(existing.get(), false);
        }
        PlanningJob job = new PlanningJob();
        job.id = UUID.randomUUID();
        job.hubCode = hubCode;
        job.cutoff = cutoff;
        job.status = PlanningJobStatus.QUEUED;
        job.requestedBy = requestedBy;
        job.createdAt = OffsetDateTime.now(clock);
        // Flushed here so that a job queued meanwhile by another request fails this call, not its commit.
        jobs.persistAndFlush(job);
        return new Enqueued(job, true);
    }

    @Transactional
    public PlanningJob get(UUID id) {
        return jobs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("planning job", id));
    }

    @Transactional
    void progress(UUID id, PlanningJobStatus status, int progress) {
        PlanningJob job = get(id);
        if (job.startedAt == null) {
            job.startedAt = OffsetDateTime.now(clock);
        }
        job.status = status;
        job.progress = progress;
    }

    @Transactional
    void finish(UUID id, String result, Map<String, String> runOfParcel) {
        // On record in the same transaction as the result: the next job does not plan these parcels again.
        runOfParcel.forEach((parcel, run) -> em.createNativeQuery(
                "INSERT INTO logistics_planned_parcel (shop_order_id, job_id, run_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, UUID.fromString(parcel)).setParameter(2, id).setParameter(3, run)
                .executeUpdate());
        PlanningJob job = get(id);
        job.status = PlanningJobStatus.DONE;
        job.progress = 100;
        job.result = result;
        job.finishedAt = OffsetDateTime.now(clock);
    }

    @Transactional
    void fail(UUID id, String error) {
        PlanningJob job = get(id);
        job.status = PlanningJobStatus.FAILED;
        job.error = error;
        job.finishedAt = OffsetDateTime.now(clock);
    }
}
