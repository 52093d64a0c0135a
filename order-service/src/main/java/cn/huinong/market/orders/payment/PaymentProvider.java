package cn.huinong.market.orders.payment;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.UUID;

public interface PaymentProvider {
    String name();
    CreatedPayment create(PaymentOrder order);
    ProviderPayment query(UUID paymentId);
    ProviderPayment close(UUID paymentId);
    ProviderRefund refund(RefundOrder refund);
    PaymentNotification verify(MultivaluedMap<String, String> form);
    String acknowledgement();
}
