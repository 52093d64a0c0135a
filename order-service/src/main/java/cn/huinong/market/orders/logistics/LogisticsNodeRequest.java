package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.NodeKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A node as an operator registers it; the id may come from the client so a retried create is safe. What routing needs
 * is optional: {@code kind} defaults to what the level suggests, no opening hours mean always open.
 */
public record LogisticsNodeRequest(
        UUID id,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,63}") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String nameEn,
        @NotNull NodeLevel level,
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") String divisionCode,
        UUID parentId,
        NodeKind kind,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        List<@NotNull DayOfWeek> openDays,
        LocalTime opens,
        LocalTime closes,
        boolean coldCapable) {
}
