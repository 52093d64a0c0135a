package cn.huinong.market.orders.payment.sandbox;

/**
 * The sandbox provider could not be reached, did not answer in time, or failed (5xx): worth another try. Callers
 * treat it as "provider unavailable" (checkout: 503, refunds: retried later).
 */
public class SandboxUnavailable extends RuntimeException {

    public SandboxUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
