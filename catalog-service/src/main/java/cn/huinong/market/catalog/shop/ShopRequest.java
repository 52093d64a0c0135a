package cn.huinong.market.catalog.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A shop application, or the new details of an existing shop. Division codes follow GB/T 2260. */
public record ShopRequest(
        UUID id,
        @NotBlank @Size(max = 100) String nameZh,
        @Size(max = 100) String nameEn,
        @Size(max = 2000) String descriptionZh,
        @Size(max = 2000) String descriptionEn,
        @NotBlank @Pattern(regexp = "\\d{6}") String countyCode,
        @NotBlank @Size(max = 50) String countyName,
        @Pattern(regexp = "\\d{9}") String townshipCode,
        @Size(max = 50) String townshipName,
        @Pattern(regexp = "\\d{12}") String villageCode,
        @Size(max = 50) String villageName,
        @NotBlank @Size(max = 50) String contactName,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{6,19}") String contactPhone,
        @NotBlank @Size(max = 500) String sells,
        @NotNull Boolean sellsHalal,
        @NotNull SupportStatus supportStatus,
        Boolean supportLabelConsent) {
}
