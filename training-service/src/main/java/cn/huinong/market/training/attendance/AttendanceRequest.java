package cn.huinong.market.training.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The register of one session: one mark per trainee; marking again replaces the earlier mark. */
public record AttendanceRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid Mark> records) {

    public record Mark(@NotNull UUID traineeId, @NotNull AttendanceStatus status) {
    }
}
