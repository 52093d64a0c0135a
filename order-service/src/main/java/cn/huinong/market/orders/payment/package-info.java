/**
 * Payment providers (Contract 3). Order-service talks to a provider only through {@link
 * cn.huinong.market.orders.payment.PaymentProvider}; today the one implementation is {@link
 * cn.huinong.market.orders.payment.SandboxPaymentProvider}, which behaves like Alipay / WeChat Pay:
 * <ul>
 *   <li>its own books in its own tables ({@code sandbox_payment}, {@code sandbox_refund}, {@code sandbox_notification},
 *       {@code sandbox_notification_attempt}), written in transactions of their own (REQUIRES_NEW) — call the
 *       provider outside your transaction, as you would call a remote server;</li>
 *   <li>a cashier page at {@code /api/orders/sandbox-pay/{providerPaymentId}} where the buyer pays;</li>
 *   <li>form-encoded notifications signed RSA2 (SHA256withRSA over the sorted non-empty fields but {@code sign}),
 *       POSTed asynchronously to {@code huinong.orders.payment.sandbox.notify-url} and redelivered on
 *       {@code retry-delays} until the merchant answers 2xx with exactly {@code acknowledgement()};</li>
 *   <li>{@code verify(form)} on the merchant side with only the provider's public key.</li>
 * </ul>
 */
package cn.huinong.market.orders.payment;
