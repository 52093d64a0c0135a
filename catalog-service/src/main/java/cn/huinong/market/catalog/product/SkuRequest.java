package cn.huinong.market.catalog.product;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A SKU with what buyers pay and what logistics must know: weights in grams, volume in cm³, cold chain, shelf
 * life. Prices are integer fen.
 */
public record SkuRequest(
        UUID id,
        @Size(max = 64) String sellerCode,
        @NotBlank @Size(max = 100) String nameZh,
        @Size(max = 100) String nameEn,
        @NotBlank @Size(max = 20) String unit,
        @NotNull @Min(1) @Max(100_000) Integer netWeightG,
        @NotNull @Min(1) @Max(100_000) Integer packedWeightG,
        @NotNull @Min(1) @Max(1_000_000) Integer packedVolumeCm3,
        @NotNull TemperatureClass temperatureClass,
        @NotNull @Min(1) @Max(3650) Integer shelfLifeDays,
        @NotNull @Min(1) @Max(100_000_000) Long priceFen,
        @Pattern(regexp = "CNY") String currency,
        Boolean active) {

    /** Reported on packedWeightG: the packing cannot weigh less than its contents. */
    @AssertTrue(message = "{huinong.sku.packed-lighter-than-net}")
    public boolean isPackedWeightG() {
        return netWeightG == null || packedWeightG == null || packedWeightG >= netWeightG;
    }
}
