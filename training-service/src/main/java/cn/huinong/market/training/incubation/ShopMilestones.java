package cn.huinong.market.training.incubation;

import cn.huinong.market.training.config.China;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Incubation milestones of one shop as of the end of a day (Asia/Shanghai), computed only from stored facts: the
 * shop's approval time in catalog and its order-feed events. Nothing is typed in, nothing is stored: the same
 * facts and day always give the same answer, and an event that arrives later (a refund) changes later answers.
 *
 * <p>Definitions (every window is in days of China time and ends with {@code asOf} included):
 * <ul>
 * <li><b>qualifying paid order</b>: an {@code ORDER_PAID} known by the end of {@code asOf} whose shop order is not
 * fully refunded by then (an {@code ORDER_REFUNDED} with {@code fullyRefunded} known by then);</li>
 * <li><b>SHOP_OPENED</b>: catalog's first {@code APPROVED} transition of the shop, on or before {@code asOf};</li>
 * <li><b>FIRST_SALE</b>: the earliest qualifying paid order (time, then feed sequence). If that order is later
 * fully refunded, the milestone moves to the next qualifying order, or disappears when there is none;</li>
 * <li><b>ACTIVE</b>: opened at least 30 days before {@code asOf} and at least 3 qualifying paid orders in the
 * three months up to {@code asOf} ({@code (asOf − 3 months, asOf]}): one a month on average;</li>
 * <li><b>SUSTAINED</b>: opened at least 6 months before {@code asOf} and at least one qualifying paid order in
 * each of the six month-long windows {@code (asOf − (k+1) months, asOf − k months]}, k = 0..5;</li>
 * <li><b>DORMANT</b>: has had a first sale, and no qualifying paid order in the 90 days {@code (asOf − 90 days,
 * asOf]}.</li>
 * </ul>
 */
public record ShopMilestones(LocalDate asOf, LocalDate openedOn, LocalDate firstSaleOn, UUID firstSaleOrderId,
        boolean active, boolean sustained, boolean dormant, int paidOrdersLast3Months,
        int monthsWithSalesLast6, String status) {

    public static ShopMilestones of(OffsetDateTime approvedAt, List<OrderFact> facts, LocalDate asOf) {
        OffsetDateTime cutoff = China.endOf(asOf);
        Set<UUID> fullyRefunded = new HashSet<>();
        for (OrderFact f : facts) {
            if (f.refunded() && f.fullyRefunded() && f.occurredAt().isBefore(cutoff)) {
                fullyRefunded.add(f.shopOrderId());
            }
        }
        // Facts come in feed order (time, then sequence); one paid event per shop order.
        Map<UUID, LocalDate> paid = new LinkedHashMap<>();
        for (OrderFact f : facts) {
            if (f.paid() && f.occurredAt().isBefore(cutoff) && !fullyRefunded.contains(f.shopOrderId())) {
                paid.putIfAbsent(f.shopOrderId(), day(f.occurredAt()));
            }
        }
        LocalDate openedOn = approvedAt != null && approvedAt.isBefore(cutoff) ? day(approvedAt) : null;
        UUID firstOrder = null;
        LocalDate firstSale = null;
        for (Map.Entry<UUID, LocalDate> e : paid.entrySet()) {
            if (firstSale == null || e.getValue().isBefore(firstSale)) {
                firstSale = e.getValue();
                firstOrder = e.getKey();
            }
        }
        int last3 = count(paid.values(), asOf.minusMonths(3), asOf);
        boolean active = openedOn != null && !openedOn.isAfter(asOf.minusDays(30)) && last3 >= 3;
        int months = 0;
        for (int k = 0; k < 6; k++) {
            if (count(paid.values(), asOf.minusMonths(k + 1L), asOf.minusMonths(k)) > 0) {
                months++;
            }
        }
        boolean sustained = openedOn != null && !openedOn.isAfter(asOf.minusMonths(6)) && months == 6;
        boolean dormant = firstSale != null && count(paid.values(), asOf.minusDays(90), asOf) == 0;
        String status = sustained ? "SUSTAINED"
                : active ? "ACTIVE"
                        : dormant ? "DORMANT"
                                : firstSale != null ? "SELLING" : openedOn != null ? "OPENED" : "NOT_OPENED";
        return new ShopMilestones(asOf, openedOn, firstSale, firstOrder, active, sustained, dormant, last3, months,
                status);
    }

    /** Paid days in (after, upTo]. */
    private static int count(Iterable<LocalDate> days, LocalDate after, LocalDate upTo) {
        int n = 0;
        for (LocalDate d : days) {
            if (d.isAfter(after) && !d.isAfter(upTo)) {
                n++;
            }
        }
        return n;
    }

    static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(China.ZONE).toLocalDate();
    }

    /**
     * Net shop income of a month (Contract 1): Σ totalFen of ORDER_PAID − Σ refundFen of ORDER_REFUNDED −
     * (Σ commissionFen of ORDER_PAID − Σ commissionRefundFen of ORDER_REFUNDED), events by occurredAt in China.
     */
    public static MonthIncome income(List<OrderFact> facts, YearMonth month) {
        long paid = 0;
        long refunded = 0;
        long commission = 0;
        long commissionRefunded = 0;
        for (OrderFact f : facts) {
            if (!YearMonth.from(day(f.occurredAt())).equals(month)) {
                continue;
            }
            if (f.paid()) {
                paid += f.totalFen();
                commission += f.commissionFen();
            } else if (f.refunded()) {
                refunded += f.refundFen();
                commissionRefunded += f.commissionRefundFen();
            }
        }
        return new MonthIncome(month, paid, refunded, commission, commissionRefunded,
                paid - refunded - (commission - commissionRefunded));
    }

    /** Net income of the days [from, to] (China time), same definition. */
    public static long netBetween(List<OrderFact> facts, LocalDate from, LocalDate to) {
        long net = 0;
        for (OrderFact f : facts) {
            LocalDate d = day(f.occurredAt());
            if (d.isBefore(from) || d.isAfter(to)) {
                continue;
            }
            if (f.paid()) {
                net += f.totalFen() - f.commissionFen();
            } else if (f.refunded()) {
                net -= f.refundFen() - f.commissionRefundFen();
            }
        }
        return net;
    }

    public record MonthIncome(YearMonth month, long paidFen, long refundedFen, long commissionFen,
            long commissionRefundedFen, long netFen) {
    }
}
