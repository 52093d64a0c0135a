package cn.huinong.market.orders.ledger;

import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Builds shop statements from the ledger's entries only, in entry order (occurred at, then posting sequence). */
@ApplicationScoped
public class Statements {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject LedgerStore store;

    @Inject LedgerAccess access;

    @Inject LedgerConfig config;

    public StatementView statement(UUID shopId, LocalDate from, LocalDate to) {
        if (from == null) {
            throw ProblemException.invalidField("from", "detail.ledger-date-required");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "detail.ledger-date-required");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "detail.ledger-period-order");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > config.maxStatementDays()) {
            throw ProblemException.invalidField("to", "detail.ledger-period-too-long", config.maxStatementDays());
        }
        access.requireReader(shopId);
        return build(shopId, from, to);
    }

    /** Without the access check: for the caller that already made it (and the benchmark's own checks). */
    StatementView build(UUID shopId, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        long[] opening = store.shopBalancesBefore(shopId, start);
        List<StatementView.Line> lines = new ArrayList<>();
        List<LedgerStore.StatementLeg> entryLegs = new ArrayList<>();
        for (LedgerStore.StatementLeg leg : store.statementLegs(shopId, start, end)) {
            if (!entryLegs.isEmpty() && !entryLegs.get(0).entryId().equals(leg.entryId())) {
                lines.add(line(entryLegs));
                entryLegs.clear();
            }
            entryLegs.add(leg);
        }
        if (!entryLegs.isEmpty()) {
            lines.add(line(entryLegs));
        }
        long paidGoods = 0, paidShipping = 0, refundGoods = 0, refundShipping = 0, commission = 0, reversed = 0;
        long payout = 0, pending = opening[0], available = opening[1];
        Set<UUID> orders = new HashSet<>();
        for (StatementView.Line l : lines) {
            paidGoods += l.paidGoodsFen();
            paidShipping += l.paidShippingFen();
            refundGoods += l.refundGoodsFen();
            refundShipping += l.refundShippingFen();
            commission += l.commissionFen();
            reversed += l.commissionReversedFen();
            payout += l.payoutFen();
            pending += l.pendingChangeFen();
            available += l.availableChangeFen();
            if (l.shopOrderId() != null) {
                orders.add(l.shopOrderId());
            }
        }
        long paid = paidGoods + paidShipping;
        long refund = refundGoods + refundShipping;
        StatementView.Totals totals = new StatementView.Totals(paid, paidGoods, paidShipping, refund, refundGoods,
                refundShipping, commission, reversed, paid - refund - commission + reversed, payout, orders.size());
        return new StatementView(shopId, Settlement.CNY, from, to, CHINA.getId(), start, end,
                new StatementView.Balances(opening[0], opening[1]), List.copyOf(lines), totals,
                new StatementView.Balances(pending, available));
    }

    private static StatementView.Line line(List<LedgerStore.StatementLeg> legs) {
        long paidGoods = 0, paidShipping = 0, refundGoods = 0, refundShipping = 0, commission = 0, reversed = 0;
        long payout = 0, pending = 0, available = 0;
        for (LedgerStore.StatementLeg leg : legs) {
            long amount = leg.amountFen();
            boolean debit = leg.side() == Side.DEBIT;
            boolean shipping = leg.lineKind() == LineKind.SHIPPING;
            switch (leg.accountType()) {
                case PROVIDER_CLEARING -> {
                    if (debit) {
                        if (shipping) {
                            paidShipping += amount;
                        } else {
                            paidGoods += amount;
                        }
                    } else if (shipping) {
                        refundShipping += amount;
                    } else {
                        refundGoods += amount;
                    }
                }
                case PLATFORM_COMMISSION -> {
                    if (debit) {
                        reversed += amount;
                    } else {
                        commission += amount;
                    }
                }
                case PAYOUT_CLEARING -> payout += debit ? -amount : amount;
                case SHOP_PENDING -> pending += debit ? -amount : amount;
                case SHOP_AVAILABLE -> available += debit ? -amount : amount;
            }
        }
        LedgerStore.StatementLeg first = legs.get(0);
        long net = paidGoods + paidShipping - refundGoods - refundShipping - commission + reversed;
        return new StatementView.Line(first.entryId(), first.kind(), first.occurredAt(), first.shopOrderId(),
                first.refundId(), first.payoutId(), paidGoods, paidShipping, refundGoods, refundShipping, commission,
                reversed, net, payout, pending, available);
    }

    /** The same statement as CSV: opening, one row per line, totals, closing; UTF-8, LF line ends. */
    public static String csv(StatementView s) {
        StringBuilder out = new StringBuilder();
        out.append("# shopId=").append(s.shopId()).append(",currency=").append(s.currency()).append(",from=")
                .append(s.from()).append(",to=").append(s.to()).append(",timeZone=").append(s.timeZone()).append('\n');
        out.append("row,entryId,kind,occurredAt,shopOrderId,refundId,payoutId,paidGoodsFen,paidShippingFen,"
                + "refundGoodsFen,refundShippingFen,commissionFen,commissionReversedFen,netFen,payoutFen,"
                + "pendingFen,availableFen\n");
        out.append("opening,,,,,,,,,,,,,,,").append(s.opening().pendingFen()).append(',')
                .append(s.opening().availableFen()).append('\n');
        for (StatementView.Line l : s.lines()) {
            out.append("line,").append(l.entryId()).append(',').append(l.kind()).append(',')
                    .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(l.occurredAt()))
                    .append(',').append(text(l.shopOrderId())).append(',').append(text(l.refundId())).append(',')
                    .append(text(l.payoutId())).append(',').append(l.paidGoodsFen()).append(',')
                    .append(l.paidShippingFen()).append(',').append(l.refundGoodsFen()).append(',')
                    .append(l.refundShippingFen()).append(',').append(l.commissionFen()).append(',')
                    .append(l.commissionReversedFen()).append(',').append(l.netFen()).append(',')
                    .append(l.payoutFen()).append(',').append(l.pendingChangeFen()).append(',')
                    .append(l.availableChangeFen()).append('\n');
        }
        StatementView.Totals t = s.totals();
        out.append("totals,,,,,,,").append(t.paidGoodsFen()).append(',').append(t.paidShippingFen()).append(',')
                .append(t.refundGoodsFen()).append(',').append(t.refundShippingFen()).append(',')
                .append(t.commissionFen()).append(',').append(t.commissionReversedFen()).append(',')
                .append(t.netFen()).append(',').append(t.payoutFen()).append(",,\n");
        out.append("closing,,,,,,,,,,,,,,,").append(s.closing().pendingFen()).append(',')
                .append(s.closing().availableFen()).append('\n');
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
