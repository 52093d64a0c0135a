package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.planning.ConsolidationPlanner;
import cn.huinong.market.orders.logistics.planning.CutoffProblem;
import cn.huinong.market.orders.logistics.planning.Plan;
import cn.huinong.market.orders.logistics.planning.SolverSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Takes planning requests and plans them in the background on the managed executor: the request returns at once
 * with the job, which moves QUEUED → RUNNING → DONE (or FAILED with the reason). A request for a hub and cutoff that
 * is already queued or running answers that job, so the same parcels are never planned twice at once.
 */
@ApplicationScoped
public class PlanningJobService {

    private static final Logger LOG = Logger.getLogger(PlanningJobService.class);

    @Inject PlanningJobStore store;

    @Inject CutoffProblems problems;

    @Inject ConsolidationPlanner planner;

    @Inject PlanningConfig config;

    @Inject ObjectMapper json;

    @Inject ManagedExecutor executor;

    public PlanningJobStore.Enqueued submit(PlanningJobRequest request, String requestedBy) {
        problems.hub(request.hubCode());
        PlanningJobStore.Enqueued enqueued;
        try {
            enqueued = store.enqueue(request.hubCode(), request.cutoff(), requestedBy);
        } catch (PersistenceException raced) {
            // Another request queued the same hub and cutoff between our look and our insert: answer its job.
            enqueued = store.enqueue(request.hubCode(), request.cutoff(), requestedBy);
        }
        if (enqueued.created()) {
            UUID id = enqueued.job().id;
            executor.runAsync(() -> run(id));
        }
        return enqueued;
    }

    public PlanningJobView get(UUID id) {
        return PlanningJobView.of(store.get(id));
    }

    void run(UUID id) {
        try {
            store.progress(id, PlanningJobStatus.RUNNING, 10);
            PlanningJob job = store.get(id);
            CutoffProblem problem = problems.build(job.hubCode, job.cutoff);
            store.progress(id, PlanningJobStatus.RUNNING, 30);
            Plan plan = planner.plan(problem,
                    new SolverSettings(config.seed(), config.maxIterations(), config.timeLimit()));
            store.progress(id, PlanningJobStatus.RUNNING, 90);
            store.finish(id, json.writeValueAsString(PlanningResults.of(problem, plan)),
                    PlanningResults.runOfParcel(plan));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.errorf(e, "planning job %s failed", id);
            store.fail(id, String.valueOf(e.getMessage()));
        }
    }
}
