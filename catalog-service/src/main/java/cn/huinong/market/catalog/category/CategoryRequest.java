package cn.huinong.market.catalog.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A category as an admin creates or replaces it. The id may come from the client, so that a retried create
 * (say, over a weak mobile link) cannot make a second category.
 */
public record CategoryRequest(
        UUID id,
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") String code,
        @NotBlank @Size(max = 100) String nameZh,
        @Size(max = 100) String nameEn,
        UUID parentId,
        @NotNull Boolean halalRequired,
        @Min(0) @Max(100_000) Integer sortOrder) {
}
