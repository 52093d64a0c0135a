package cn.huinong.market.training.cohort;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record SessionRequest(UUID id, @NotNull LocalDate date, @NotNull UUID moduleId,
        @NotNull @DecimalMin("0.5") @DecimalMax("12") @Digits(integer = 2, fraction = 1) BigDecimal hours) {
}
