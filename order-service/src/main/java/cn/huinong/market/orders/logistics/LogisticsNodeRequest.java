package cn.huinong.market.orders.logistics;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A node as an operator registers it; the id may come from the client so a retried create is safe. */
public record LogisticsNodeRequest(
        UUID id,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,63}") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String nameEn,
        @NotNull NodeLevel level,
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") String divisionCode,
        UUID parentId) {
}
