package cn.huinong.market.orders.ledger;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's tables, in plain SQL: {@code INSERT … ON CONFLICT DO NOTHING} and row locks say exactly what
 * happens when two transactions race. Connections come from the service's data source and join the caller's
 * JTA transaction.
 */
@ApplicationScoped
public class LedgerStore {

    /** The header of a journal entry. */
    public record EntryHeader(String idempotencyKey, PostingKind kind, UUID shopId, UUID shopOrderId,
            UUID checkoutId, UUID paymentId, UUID refundId, UUID payoutId,
            OffsetDateTime occurredAt) {
    }

    /** A paid order as the ledger holds it, read under a row lock. */
    public record OrderState(UUID shopOrderId, UUID shopId, long goodsFen, long shippingFen, int commissionRateBp,
            long commissionFen, long refundedGoodsFen, long refundedShippingFen,
            long commissionReversedFen, OffsetDateTime completedAt) {
    }

    public record StoredEntry(UUID id, PostingKind kind, UUID shopOrderId) {
    }

    public record Payout(UUID id, UUID shopId, long amountFen, String currency, String status, String bankReference,
            UUID entryId, String requestedBy, OffsetDateTime createdAt, OffsetDateTime paidAt) {
    }

    public record AccountTotals(String account, long debitFen, long creditFen) {
    }

    /** One leg of one entry of a shop, with its entry's header, in statement order. */
    public record StatementLeg(UUID entryId, PostingKind kind, OffsetDateTime occurredAt, UUID shopOrderId,
            UUID refundId, UUID payoutId, Account.Type accountType, Side side, long amountFen,
            LineKind lineKind) {
    }

    @Inject AgroalDataSource dataSource;

    public void ensureShop(UUID shopId, String ownerSub) {
        update("INSERT INTO ledger_shops (shop_id, owner_sub) VALUES (?, ?) ON CONFLICT (shop_id) DO NOTHING",
                shopId, ownerSub);
    }

    public Optional<String> shopOwner(UUID shopId, boolean lock) {
        return queryOne("SELECT owner_sub FROM ledger_shops WHERE shop_id = ?" + (lock ? " FOR NO KEY UPDATE" : ""),
                rs -> rs.getString(1), shopId);
    }

    /** @return false when the order was already recorded (by this or a racing transaction, which it waited for) */
    public boolean insertOrder(ShopOrderFacts f, OffsetDateTime paidAt) {
        return update("""
                INSERT INTO ledger_orders (shop_order_id, shop_id, checkout_id, payment_id, currency, goods_fen,
                    shipping_fen, commission_rate_bp, commission_fen, paid_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (shop_order_id) DO NOTHING""",
                f.shopOrderId(), f.shopId(), f.checkoutId(), f.paymentId(), f.currency(), f.goodsFen(),
                f.shippingFen(), f.commissionRateBp(), f.commissionFen(), paidAt) == 1;
    }

    public Optional<OrderState> lockOrder(UUID shopOrderId) {
        return queryOne("""
                SELECT shop_order_id, shop_id, goods_fen, shipping_fen, commission_rate_bp, commission_fen,
                       refunded_goods_fen, refunded_shipping_fen, commission_reversed_fen, completed_at
                FROM ledger_orders WHERE shop_order_id = ? FOR UPDATE""",
                rs -> new OrderState(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3),
                        rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getObject(10, OffsetDateTime.class)),
                shopOrderId);
    }

    public void recordRefund(UUID shopOrderId, long refundedGoodsFen, long refundedShippingFen,
            long commissionReversedFen) {
        update("""
                UPDATE ledger_orders SET refunded_goods_fen = ?, refunded_shipping_fen = ?, commission_reversed_fen = ?
                WHERE shop_order_id = ?""", refundedGoodsFen, refundedShippingFen, commissionReversedFen, shopOrderId);
    }

    public void recordCompletion(UUID shopOrderId, OffsetDateTime at) {
        update("UPDATE ledger_orders SET completed_at = ? WHERE shop_order_id = ?", at, shopOrderId);
    }

    public Optional<StoredEntry> findEntry(String idempotencyKey) {
        return queryOne("SELECT id, kind, shop_order_id FROM ledger_entries WHERE idempotency_key = ?",
                rs -> new StoredEntry(rs.getObject(1, UUID.class), PostingKind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class)),
                idempotencyKey);
    }

    /**
     * Posts an entry once per idempotency key. A racing transaction with the same key waits for the first one
     * and then posts nothing.
     *
     * @return the new entry's id, or empty when the key was already posted
     */
    public Optional<UUID> post(EntryHeader h, List<Leg> legs) {
        long debits = legs.stream().filter(l -> l.side() == Side.DEBIT).mapToLong(Leg::amountFen).sum();
        long credits = legs.stream().filter(l -> l.side() == Side.CREDIT).mapToLong(Leg::amountFen).sum();
        if (legs.isEmpty() || debits != credits) {
            throw new IllegalStateException("unbalanced entry " + h + ": debits " + debits + ", credits " + credits);
        }
        UUID id = UUID.randomUUID();
        int inserted = update("""
                INSERT INTO ledger_entries (id, idempotency_key, kind, shop_id, shop_order_id, checkout_id, payment_id,
                    refund_id, payout_id, currency, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?) ON CONFLICT (idempotency_key) DO NOTHING""",
                id, h.idempotencyKey(), h.kind().name(), h.shopId(), h.shopOrderId(), h.checkoutId(), h.paymentId(),
                h.refundId(), h.payoutId(), h.occurredAt());
        if (inserted == 0) {
            return Optional.empty();
        }
        String sql = """
                INSERT INTO ledger_legs (entry_id, line_no, account, account_type, shop_id, side, amount_fen, line_kind)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            short lineNo = 1;
            for (Leg leg : legs) {
                ps.setObject(1, id);
                ps.setShort(2, lineNo++);
                ps.setString(3, leg.account().code());
                ps.setString(4, leg.account().type().name());
                ps.setObject(5, leg.account().shopId(), Types.OTHER);
                ps.setString(6, leg.side().code());
                ps.setLong(7, leg.amountFen());
                ps.setString(8, leg.lineKind().name());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot post ledger legs", e);
        }
        return Optional.of(id);
    }

    /** Sum of one side of one account type in one entry (e.g. what a refund entry returned to the buyer). */
    public long entrySum(UUID entryId, Account.Type type, Side side) {
        return queryOne("""
                SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_legs
                WHERE entry_id = ? AND account_type = ? AND side = ?""",
                rs -> rs.getLong(1), entryId, type.name(), side.code()).orElse(0L);
    }

    /** Credits minus debits: what a liability account owes. */
    public long creditBalance(Account account) {
        return queryOne("""
                SELECT COALESCE(SUM(CASE side WHEN 'C' THEN amount_fen ELSE -amount_fen END), 0)
                FROM ledger_legs WHERE account = ?""", rs -> rs.getLong(1), account.code()).orElse(0L);
    }

    public void insertPayout(Payout p) {
        update("""
                INSERT INTO ledger_payouts (id, shop_id, amount_fen, currency, status, bank_reference, entry_id,
                    requested_by, created_at, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                p.id(), p.shopId(), p.amountFen(), p.currency(), p.status(), p.bankReference(), p.entryId(),
                p.requestedBy(), p.createdAt(), p.paidAt());
    }

    /** Newest first; {@code limit + 1} rows tell whether another page exists. */
    public List<Payout> payouts(UUID shopId, OffsetDateTime beforeAt, UUID beforeId, int limit) {
        String sql = "SELECT id, shop_id, amount_fen, currency, status, bank_reference, entry_id, requested_by, "
                + "created_at, paid_at FROM ledger_payouts WHERE shop_id = ?"
                + (beforeAt == null ? "" : " AND (created_at, id) < (?, ?)")
                + " ORDER BY created_at DESC, id DESC LIMIT ?";
        List<Object> args = new ArrayList<>(List.of(shopId));
        if (beforeAt != null) {
            args.add(beforeAt);
            args.add(beforeId);
        }
        args.add(limit + 1);
        return query(sql, rs -> new Payout(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3),
                rs.getString(4).strip(), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                rs.getString(8), utc(rs.getObject(9, OffsetDateTime.class)),
                utc(rs.getObject(10, OffsetDateTime.class))), args.toArray());
    }

    public List<AccountTotals> accountTotals() {
        return query("""
                SELECT account, COALESCE(SUM(amount_fen) FILTER (WHERE side = 'D'), 0),
                       COALESCE(SUM(amount_fen) FILTER (WHERE side = 'C'), 0)
                FROM ledger_legs GROUP BY account ORDER BY account""",
                rs -> new AccountTotals(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Entries whose debits differ from their credits or that have no legs; at most {@code limit}. */
    public List<UUID> unbalancedEntries(int limit) {
        return query("""
                SELECT e.id FROM ledger_entries e LEFT JOIN ledger_legs l ON l.entry_id = e.id
                GROUP BY e.id
                HAVING COALESCE(SUM(l.amount_fen) FILTER (WHERE l.side = 'D'), 0) = 0
                    OR COALESCE(SUM(l.amount_fen) FILTER (WHERE l.side = 'D'), 0)
                       <> COALESCE(SUM(l.amount_fen) FILTER (WHERE l.side = 'C'), 0)
                ORDER BY e.id LIMIT ?""", rs -> rs.getObject(1, UUID.class), limit);
    }

    public long entryCount() {
        return queryOne("SELECT count(*) FROM ledger_entries", rs -> rs.getLong(1)).orElse(0L);
    }

    /** Credit balances of the shop's pending and available accounts from entries that occurred before {@code at}. */
    public long[] shopBalancesBefore(UUID shopId, OffsetDateTime at) {
        long[] balances = new long[2];
        query("""
                SELECT l.account_type, SUM(CASE l.side WHEN 'C' THEN l.amount_fen ELSE -l.amount_fen END)
                FROM ledger_entries e JOIN ledger_legs l ON l.entry_id = e.id
                WHERE e.shop_id = ? AND e.occurred_at < ? AND l.account_type IN ('SHOP_PENDING', 'SHOP_AVAILABLE')
                GROUP BY l.account_type""", rs -> {
            balances["SHOP_PENDING".equals(rs.getString(1)) ? 0 : 1] = rs.getLong(2);
            return null;
        }, shopId, at);
        return balances;
    }

    public List<StatementLeg> statementLegs(UUID shopId, OffsetDateTime from, OffsetDateTime until) {
        return query("""
                SELECT e.id, e.kind, e.occurred_at, e.shop_order_id, e.refund_id, e.payout_id,
                       l.account_type, l.side, l.amount_fen, l.line_kind
                FROM ledger_entries e JOIN ledger_legs l ON l.entry_id = e.id
                WHERE e.shop_id = ? AND e.occurred_at >= ? AND e.occurred_at < ?
                ORDER BY e.occurred_at, e.seq, l.line_no""",
                rs -> new StatementLeg(rs.getObject(1, UUID.class), PostingKind.valueOf(rs.getString(2)),
                        utc(rs.getObject(3, OffsetDateTime.class)), rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                        Account.Type.valueOf(rs.getString(7)), "D".equals(rs.getString(8)) ? Side.DEBIT : Side.CREDIT,
                        rs.getLong(9), LineKind.valueOf(rs.getString(10))),
                shopId, from, until);
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    @FunctionalInterface
    interface RowMapper<T> {

        T map(ResultSet rs) throws SQLException;
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Ledger update failed: " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Ledger query failed: " + e.getMessage(), e);
        }
    }

    private <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg == null) {
                ps.setNull(i + 1, Types.OTHER);
            } else {
                ps.setObject(i + 1, arg);
            }
        }
    }
}
