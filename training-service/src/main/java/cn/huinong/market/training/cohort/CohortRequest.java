package cn.huinong.market.training.cohort;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record CohortRequest(
        UUID id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "\\d{6}") String countyCode,
        @NotBlank @Size(max = 50) String countyName,
        @NotNull Track track,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 20) List<@NotBlank @Size(max = 255) String> trainerSubs,
        UUID programmeId) {

    /** Reported on endDate, where the form shows it. */
    @AssertTrue(message = "{huinong.cohort.end-before-start}")
    public boolean isEndDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
