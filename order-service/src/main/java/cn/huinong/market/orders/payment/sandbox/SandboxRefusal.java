package cn.huinong.market.orders.payment.sandbox;

/**
 * The sandbox provider refused a request as malformed (a 4xx other than 404 / 409, which become problems): asking
 * again would be refused again, so it is never retried.
 */
public class SandboxRefusal extends RuntimeException {

    public SandboxRefusal(String message) {
        super(message);
    }
}
