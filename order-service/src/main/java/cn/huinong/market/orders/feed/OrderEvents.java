package cn.huinong.market.orders.feed;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.orders.order.OrderFact;
import cn.huinong.market.orders.order.ShopOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox and the feed served from it. Refund figures are money the provider has paid back, never refunds only
 * decided. Events are written in the transaction that fired the {@link OrderFact}, so a fact exists exactly
 * when the change it describes committed.
 *
 * <p>Writers take one transaction-scoped advisory lock before inserting: sequence numbers are then handed out
 * in commit order, so a consumer that has read up to N can never later find an N-1 it skipped. Callers append
 * events as the last step of their transaction to keep that lock short.
 */
@ApplicationScoped
public class OrderEvents {

    private static final long OUTBOX_LOCK = 0x4855_4E4F_4E47L;
    public static final int MAX_LIMIT = 500;

    @Inject EntityManager em;

    @Inject ObjectMapper json;

    /** Writes the fact in the transaction that fired it (a synchronous observer: same thread, same transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(@Observes OrderFact fact) {
        ShopOrder order = fact.order();
        em.flush();
        OrderEventView event = new OrderEventView(0, UUID.randomUUID(), fact.type().name(), fact.at(), order.id,
                order.checkoutId, order.shopId, order.currency, order.goodsFen, order.shippingFen, order.totalFen,
                order.commissionRateBp, order.commissionFen, fact.refundFen(), fact.commissionRefundFen(),
                order.refundPaidFen,
                order.refundPaidFen == order.totalFen,
                order.lines.stream().map(l -> new OrderEventView.Line(l.skuId, l.productId, l.productNameZh,
                        l.skuNameZh, l.quantity, l.unitPriceFen, l.lineTotalFen)).toList());
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", OUTBOX_LOCK).getSingleResult();
        em.createNativeQuery("""
                INSERT INTO order_event (event_id, type, shop_order_id, shop_id, occurred_at, payload)
                VALUES (:id, :type, :order, :shop, :at, CAST(:payload AS jsonb))""")
                .setParameter("id", event.eventId())
                .setParameter("type", fact.type().name())
                .setParameter("order", order.id)
                .setParameter("shop", order.shopId)
                .setParameter("at", fact.at())
                .setParameter("payload", write(event))
                .executeUpdate();
    }

    /** Events after the given sequence, oldest first; the cursor is the sequence of the last event read. */
    @SuppressWarnings("unchecked")
    public Page<OrderEventView> after(String cursor, int limit) {
        long after = parseCursor(cursor);
        List<Object[]> rows = em.createNativeQuery(
                "SELECT sequence, CAST(payload AS text) FROM order_event WHERE sequence > :after"
                        + " ORDER BY sequence LIMIT :limit")
                .setParameter("after", after)
                .setParameter("limit", limit + 1)
                .getResultList();
        List<OrderEventView> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            events.add(read((String) row[1]).withSequence(((Number) row[0]).longValue()));
        }
        return Page.of(events, limit, e -> e, e -> Long.toString(e.sequence()));
    }

    private static long parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            long after = Long.parseLong(cursor.trim());
            if (after < 0) {
                throw new NumberFormatException();
            }
            return after;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("after", "detail.events.cursor");
        }
    }

    private String write(OrderEventView event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order event not serializable", e);
        }
    }

    private OrderEventView read(String payload) {
        try {
            return json.readValue(payload, OrderEventView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored order event unreadable", e);
        }
    }
}
