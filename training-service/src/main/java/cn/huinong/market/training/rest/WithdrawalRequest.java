package cn.huinong.market.training.rest;

import jakarta.validation.constraints.Size;

public record WithdrawalRequest(@Size(max = 500) String reason) {
}
