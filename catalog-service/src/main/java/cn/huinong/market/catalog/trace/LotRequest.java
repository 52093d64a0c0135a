package cn.huinong.market.catalog.trace;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A new lot of one of the shop's products; {@code id} may come from the client so an offline retry is safe. */
public record LotRequest(UUID id, @NotNull UUID productId, @NotBlank @Size(max = 20) String lotNumber,
        @NotNull TraceLot.Origin origin, @NotNull LocalDate originDate,
        @Pattern(regexp = "\\d{6}") String countyCode, @Size(max = 100) String villageName,
        @NotNull @DecimalMin("0") BigDecimal quantity, @NotBlank @Size(max = 16) String unit, LocalDate bestBefore) {

    LotService.NewLot toNewLot() {
        return new LotService.NewLot(id, productId, lotNumber, origin, originDate, countyCode, villageName, quantity,
                unit, bestBefore);
    }
}
