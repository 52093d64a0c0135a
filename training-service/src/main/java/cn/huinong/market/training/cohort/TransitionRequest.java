package cn.huinong.market.training.cohort;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A move to another stage; {@code exitDate} is required for, and only for, EXITED. */
public record TransitionRequest(@NotNull Stage to, @Size(max = 500) String reason, LocalDate exitDate) {
}
