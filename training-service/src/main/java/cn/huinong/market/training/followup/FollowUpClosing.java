package cn.huinong.market.training.followup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closing a follow-up: DONE with what was found, or SKIPPED with why. */
public record FollowUpClosing(@NotNull FollowUpStatus status, @NotBlank @Size(max = 1000) String outcome) {

    /** Reported on status. */
    @AssertTrue(message = "{huinong.follow-up.close-status}")
    public boolean isStatus() {
        return status != FollowUpStatus.OPEN;
    }
}
