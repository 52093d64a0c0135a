package cn.huinong.market.orders.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an operator sends a refused refund to the provider again (recorded on the new refund). */
public record RefundRetryRequest(@NotBlank @Size(max = 300) String reason) {
}
