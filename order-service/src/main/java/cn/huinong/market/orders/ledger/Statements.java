package cn.huinong.market.orders.ledger;

import cn.huinong.market.common.csv.CsvWriter;
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
import java.util.Arrays;
import java.util.Collections;
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
                // The shop sees a logistics subsidy as its SHOP_AVAILABLE credit; the receivable is the payer's side.
                case SUBSIDY_RECEIVABLE -> {
                }
            }
        }
        LedgerStore.StatementLeg first = legs.get(0);
        long net = paidGoods + paidShipping - refundGoods - refundShipping - commission + reversed;
        return new StatementView.Line(first.entryId(), first.kind(), first.occurredAt(), first.shopOrderId(),
                first.refundId(), first.payoutId(), paidGoods, paidShipping, refundGoods, refundShipping, commission,
                reversed, net, payout, pending, available);
    }

    private static final List<String> CSV_HEADER = List.of("row", "entryId", "kind", "occurredAt", "shopOrderId",
            "refundId", "payoutId", "paidGoodsFen", "paidShippingFen", "refundGoodsFen", "refundShippingFen",
            "commissionFen", "commissionReversedFen", "netFen", "payoutFen", "pendingFen", "availableFen");

    /**
     * The same statement as CSV (RFC 4180, CRLF, UTF-8): a {@code #} line naming the shop, currency, period and time
     * zone, then the header, opening, one row per line, totals and closing. Balances go in the last two columns.
     */
    public static String csv(StatementView s) {
        String about = "# shopId=" + s.shopId() + ",currency=" + s.currency() + ",from=" + s.from() + ",to=" + s.to()
                + ",timeZone=" + s.timeZone() + "\r\n";
        List<List<Object>> rows = new ArrayList<>();
        rows.add(balanceRow("opening", s.opening()));
        for (StatementView.Line l : s.lines()) {
            rows.add(Arrays.asList("line", l.entryId(), l.kind(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(l.occurredAt()), l.shopOrderId(), l.refundId(),
                    l.payoutId(), l.paidGoodsFen(), l.paidShippingFen(), l.refundGoodsFen(), l.refundShippingFen(),
                    l.commissionFen(), l.commissionReversedFen(), l.netFen(), l.payoutFen(), l.pendingChangeFen(),
                    l.availableChangeFen()));
        }
        StatementView.Totals t = s.totals();
        rows.add(Arrays.asList("totals", null, null, null, null, null, null, t.paidGoodsFen(), t.paidShippingFen(),
                t.refundGoodsFen(), t.refundShippingFen(), t.commissionFen(), t.commissionReversedFen(), t.netFen(),
                t.payoutFen(), null, null));
        rows.add(balanceRow("closing", s.closing()));
        return about + CsvWriter.write(CSV_HEADER, rows);
    }

    private static List<Object> balanceRow(String row, StatementView.Balances balance) {
        List<Object> cells = new ArrayList<>(Collections.nCopies(CSV_HEADER.size(), null));
        cells.set(0, row);
        cells.set(CSV_HEADER.size() - 2, balance.pendingFen());
        cells.set(CSV_HEADER.size() - 1, balance.availableFen());
        return cells;
    }
}
