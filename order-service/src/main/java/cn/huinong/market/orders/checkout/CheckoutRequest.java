package cn.huinong.market.orders.checkout;

import cn.huinong.market.orders.logistics.RoutedShipping;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A cart to pay for: lines from any number of shops and where to deliver them.
 *
 * @param id       optional, chosen by the client so that a retried checkout is recognised even without an idempotency
 *                 key
 * @param shipping which routed offer each shop's parcel takes (shops on the shared network); the cheapest by default
 */
public record CheckoutRequest(
        UUID id,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Line> lines,
        @NotNull @Valid Address address,
        RoutedShipping.Choice shipping) {

    public record Line(@NotNull UUID skuId, @NotNull @Min(1) @Max(999) Integer quantity) {
    }

    public record Address(
            @NotBlank @Size(max = 60) String recipientName,
            @NotBlank @Pattern(regexp = "^1[3-9][0-9]{9}$") String phone,
            @NotBlank @Pattern(regexp = "^[1-8][0-9]$") String provinceCode,
            @NotBlank @Size(max = 300) String addressLine,
            @Pattern(regexp = "^[1-8][0-9]{5}$") String countyCode) {
    }

    /** The cheapest route unless the buyer asks for the fastest. */
    public RoutedShipping.Choice shippingChoice() {
        return shipping == null ? RoutedShipping.Choice.CHEAPEST : shipping;
    }
}
