package cn.huinong.market.orders.aftersale;

import cn.huinong.market.orders.config.JobsSwitch;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Closes rejected cases the buyer did not dispute in time (their orders resume); off in tests like the order jobs. */
@ApplicationScoped
public class AfterSaleJobs {

    private static final Logger LOG = Logger.getLogger(AfterSaleJobs.class);

    @Inject AfterSaleService service;

    @Scheduled(every = "${huinong.orders.jobs.every:20s}", delayed = "${huinong.orders.jobs.delay:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = JobsSwitch.class)
    void scheduled() {
        int closed = service.closeUndisputed();
        if (closed > 0) {
            LOG.infof("after-sales: %d undisputed rejections closed", closed);
        }
    }
}
