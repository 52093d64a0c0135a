package cn.huinong.market.orders.logistics;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A planning job's state; {@code result} is the plan ({@link PlanningResult}) once DONE. */
public record PlanningJobView(UUID id, String hubCode, OffsetDateTime cutoff, PlanningJobStatus status, int progress,
        @JsonRawValue String result, String error, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    static PlanningJobView of(PlanningJob job) {
        return new PlanningJobView(job.id, job.hubCode, job.cutoff, job.status, job.progress, job.result, job.error,
                job.createdAt, job.finishedAt);
    }
}
