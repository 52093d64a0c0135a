package cn.huinong.market.training.cohort;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A module; {@code track} null means every track of the programme; {@code passScore} defaults to 60. */
public record ModuleRequest(UUID id,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String code,
        @NotBlank @Size(max = 200) String name,
        Track track,
        @NotNull @DecimalMin(value = "0.5") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal requiredHours,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal passScore) {
}
