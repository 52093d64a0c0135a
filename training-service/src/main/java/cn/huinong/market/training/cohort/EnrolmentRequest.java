package cn.huinong.market.training.cohort;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record EnrolmentRequest(UUID id, @NotNull UUID traineeId) {
}
