package cn.huinong.market.training.incubation;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.trainee.TraineeDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A linked trainee's milestones and income, read from stored facts only. */
@ApplicationScoped
public class IncubationService {

    static final int MAX_MONTHS = 36;

    @Inject ShopLinkService links;

    @Inject IncubationStore store;

    @Inject TraineeDirectory trainees;

    public MilestonesView milestones(UUID traineeId, LocalDate asOf, Viewer viewer) {
        ShopLink link = links.required(traineeId, viewer);
        ShopMilestones m = ShopMilestones.of(store.opening(link.shopId).orElse(null), store.factsOf(link.shopId),
                asOf);
        List<MilestonesView.Milestone> list = List.of(
                new MilestonesView.Milestone("SHOP_OPENED", m.openedOn() != null, m.openedOn(),
                        "catalog approved the shop (first APPROVED transition) on or before asOf"),
                new MilestonesView.Milestone("FIRST_SALE", m.firstSaleOn() != null, m.firstSaleOn(),
                        "earliest ORDER_PAID whose shop order is not fully refunded by asOf"),
                new MilestonesView.Milestone("ACTIVE", m.active(), m.active() ? asOf : null,
                        "opened >= 30 days before asOf and >= 3 qualifying paid orders in (asOf - 3 months, asOf]"),
                new MilestonesView.Milestone("SUSTAINED", m.sustained(), m.sustained() ? asOf : null,
                        "opened >= 6 months before asOf and a qualifying paid order in each of the 6 month-long "
                                + "windows up to asOf"),
                new MilestonesView.Milestone("DORMANT", m.dormant(), m.dormant() ? asOf : null,
                        "has sold, but no qualifying paid order in (asOf - 90 days, asOf]"));
        return new MilestonesView(traineeId, link.shopId, asOf, m.status(), list, m.paidOrdersLast3Months(),
                m.monthsWithSalesLast6(), m.firstSaleOrderId());
    }

    public IncomeView income(UUID traineeId, String from, String to, Viewer viewer) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalidField("to", "huinong.income.to-before-from");
        }
        if (first.plusMonths(MAX_MONTHS - 1L).isBefore(last)) {
            throw ProblemException.invalidField("to", "huinong.income.range-too-long", MAX_MONTHS);
        }
        ShopLink link = links.required(traineeId, viewer);
        long baseline = trainees.find(traineeId).baselineIncomeFen;
        List<OrderFact> facts = store.factsOf(link.shopId);
        List<IncomeView.Month> months = new ArrayList<>();
        long total = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            ShopMilestones.MonthIncome income = ShopMilestones.income(facts, m);
            months.add(new IncomeView.Month(m.toString(), income.paidFen(), income.refundedFen(),
                    income.commissionFen(), income.commissionRefundedFen(), income.netFen(),
                    income.netFen() - baseline));
            total += income.netFen();
        }
        return new IncomeView(traineeId, link.shopId, "CNY", baseline, first.toString(), last.toString(), months,
                total);
    }

    /** When catalog approved each of these shops (absent: not approved, or not checked yet). */
    public Map<UUID, OffsetDateTime> openings(Collection<UUID> shopIds) {
        return store.openings(shopIds);
    }

    /** The stored order-feed facts of these shops, each shop's in feed order. */
    public Map<UUID, List<OrderFact>> factsOf(Collection<UUID> shopIds) {
        return store.factsOf(shopIds);
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "huinong.income.month-required");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "huinong.income.month-invalid");
        }
    }
}
