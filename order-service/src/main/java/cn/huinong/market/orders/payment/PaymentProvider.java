package cn.huinong.market.orders.payment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A payment provider as order-service sees it (Alipay / WeChat Pay style): it creates a payment the buyer pays on
 * the provider's own cashier page, tells us the outcome by signed asynchronous notifications (redelivered until we
 * acknowledge them), and answers queries, closes and refunds.
 *
 * <p>Every method talks to the provider as to a remote server: call it outside your own database transaction
 * (never hold a lock while waiting for it) and treat its state as the provider's, not ours.
 */
public interface PaymentProvider {

    /** The provider's name, part of the notification path ({@code sandbox}). */
    String name();

    /**
     * Creates the payment, or returns the one already created for {@code order.paymentId()} (same provider id and pay
     * URL). The same payment id with another amount, currency or subject is refused with a 409 problem.
     */
    CreatedPayment create(PaymentOrder order);

    /** The provider's view of the payment; 404 problem when the provider never saw this payment id. */
    ProviderPayment query(UUID paymentId);

    /**
     * Stops a waiting payment so it can no longer be paid. Returns the final state: {@code CLOSED}, or {@code PAID}
     * when the buyer paid first (a race the caller must handle, e.g. by refunding or honouring the payment).
     */
    ProviderPayment close(UUID paymentId);

    /**
     * Refunds part or all of a paid payment; idempotent by {@code refund.refundId()}. A refund the provider refuses
     * (payment not paid, cumulative refunds above the paid amount, total not matching) comes back with status
     * {@code FAILED} and a reason; it is not an exception.
     */
    ProviderRefund refund(RefundOrder refund);

    /**
     * Checks a notification the provider POSTed to us (form fields as received) and parses it. A missing, forged or
     * tampered signature, an unknown sign type or a missing field is a 400 problem.
     */
    PaymentNotification verify(Map<String, List<String>> form);

    /** The exact body to answer a handled notification with (HTTP 2xx); anything else makes the provider retry. */
    String acknowledgement();
}
