package cn.huinong.market.training.incubation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A linked trainee's incubation milestones as of a day, computed from catalog's approval time and the order feed's
 * facts (definitions in {@code ShopMilestones}). {@code reached} false means not (or no longer) reached.
 */
public record MilestonesView(UUID traineeId, UUID shopId, LocalDate asOf, String status, List<Milestone> milestones,
        int paidOrdersLast3Months, int monthsWithSalesLast6, UUID firstSaleShopOrderId) {

    public record Milestone(String milestone, boolean reached, LocalDate on, String definition) {
    }
}
