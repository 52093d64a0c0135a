package cn.huinong.market.training.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

public record ProgrammeRequest(UUID id, @NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
        @NotEmpty Set<@NotNull Track> tracks) {
}
