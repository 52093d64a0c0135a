package cn.huinong.market.training.placement;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

public record PlacementRequest(UUID id,
        @NotBlank @Size(max = 200) String employerName,
        @NotBlank @Size(max = 100) String role,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @NotNull @PositiveOrZero @Max(10_000_000L) Long monthlyWageFen,
        @NotNull Boolean trainingRelated,
        @NotNull PlacementVerification verification) {

    /** Reported on endDate. */
    @AssertTrue(message = "{huinong.placement.end-before-start}")
    public boolean isEndDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
