package cn.huinong.market.orders.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A shop's statement for whole days in China time, computed only from ledger entries (so it regenerates byte
 * for byte). {@code totals.netFen = paid − refunds − commission + commission reversed}: the "net shop income" of
 * the order event feed. Balances are what the platform owes the shop (credit balances); closing = opening +
 * the lines' changes, and closing pending + available − opening pending + available = net − payouts.
 */
public record StatementView(UUID shopId, String currency, LocalDate from, LocalDate to, String timeZone,
        OffsetDateTime periodStart, OffsetDateTime periodEnd, Balances opening,
        List<Line> lines, Totals totals, Balances closing) {

    public record Balances(long pendingFen, long availableFen) {
    }

    /** One posting of the shop: a payment, refund or completion of one shop order, or a payout. */
    public record Line(UUID entryId, PostingKind kind, OffsetDateTime occurredAt, UUID shopOrderId, UUID refundId,
            UUID payoutId, long paidGoodsFen, long paidShippingFen, long refundGoodsFen,
            long refundShippingFen, long commissionFen, long commissionReversedFen, long netFen,
            long payoutFen, long pendingChangeFen, long availableChangeFen) {
    }

    public record Totals(long paidFen, long paidGoodsFen, long paidShippingFen, long refundFen, long refundGoodsFen,
            long refundShippingFen, long commissionFen, long commissionReversedFen, long netFen,
            long payoutFen, int orders) {
    }
}
