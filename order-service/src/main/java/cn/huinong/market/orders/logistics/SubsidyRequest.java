package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.SubsidyPayer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * @param divisionCode the origin region: a division code or its prefix (62 Gansu, 6229 Linxia prefecture)
 * @param category     a product category code, or null for every category
 */
public record SubsidyRequest(
        UUID id,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,63}") String code,
        @NotNull SubsidyPayer payer,
        @NotBlank @Pattern(regexp = "\\d{2,12}") String divisionCode,
        @Size(max = 64) String category,
        @NotNull @Min(0) @Max(100) Integer percent,
        @NotNull @PositiveOrZero Long capFen) {
}
