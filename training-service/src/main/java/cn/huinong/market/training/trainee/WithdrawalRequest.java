package cn.huinong.market.training.trainee;

import jakarta.validation.constraints.Size;

public record WithdrawalRequest(@Size(max = 500) String reason) {
}
