package cn.huinong.market.training.trainee;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A new trainee at intake. A trainer must name one of their cohorts ({@code cohortId}): the trainee is entered
 * there as APPLIED, which is also what lets the trainer see them afterwards.
 */
public record TraineeRequest(
        UUID id,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Pattern(regexp = "\\d{6}") String countyCode,
        @NotBlank @Size(max = 50) String countyName,
        @Pattern(regexp = "\\d{9}") String townshipCode,
        @Size(max = 50) String townshipName,
        @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}") String phone,
        @NotNull @PositiveOrZero @Max(100_000_000L) Long baselineMonthlyIncomeFen,
        @NotNull SupportStatus supportStatus,
        @Size(max = 18) String nationalId,
        UUID cohortId) {

    /** Reported on townshipName: a township is given by code and name together, or not at all. */
    @AssertTrue(message = "{huinong.trainee.township-incomplete}")
    public boolean isTownshipName() {
        return (townshipCode == null) == (townshipName == null || townshipName.isBlank());
    }
}
