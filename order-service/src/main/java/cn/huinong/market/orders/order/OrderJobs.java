package cn.huinong.market.orders.order;

import cn.huinong.market.orders.config.FulfilmentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The order deadlines nobody clicks: sellers who miss the ship-by deadline have the order cancelled and refunded,
 * and delivered orders complete. Each step re-checks its condition under a row lock, so several instances may run
 * them at once. Run, with the other deadline jobs, by the checkout feature's {@code DeadlineJobs}.
 */
@ApplicationScoped
public class OrderJobs {

    @Inject ShopOrderRepository orders;

    @Inject OrderService orderService;

    @Inject FulfilmentConfig config;

    @Inject Clock clock;

    /** @return how many orders were cancelled */
    public int cancelMissedShipBy() {
        int cancelled = 0;
        for (UUID id : orders.shipByMissed(OffsetDateTime.now(clock), config.jobBatchSize())) {
            cancelled += orderService.cancelForMissedShipBy(id) ? 1 : 0;
        }
        return cancelled;
    }

    /** @return how many delivered orders completed */
    public int autoComplete() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minusDays(config.autoCompleteDays());
        int completed = 0;
        for (UUID id : orders.deliveredBefore(cutoff, config.jobBatchSize())) {
            completed += orderService.autoComplete(id) ? 1 : 0;
        }
        return completed;
    }
}
