package cn.huinong.market.orders.payment;

import cn.huinong.market.common.testing.PaymentNotificationRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;

/** The merchant endpoint the sandbox notifies in the test profile ({@code %test.…notify-url}). */
@ApplicationScoped
@Path("/test/payment-notifications")
public class NotificationRecorder extends PaymentNotificationRecorder {
}
