package cn.huinong.market.orders.logistics;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/shipping/quote")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shipping")
public class ShippingQuoteResource {

    @Inject ShippingCalculator shipping;

    @GET
    @Authenticated
    @Operation(summary = "What one parcel costs to a province (two-digit code), by packed weight and cold chain")
    public ShippingQuote quote(@QueryParam("province") @NotNull @Pattern(regexp = "\\d{2}") String province,
            @QueryParam("packedWeightG") @NotNull @Min(1) @Max(1_000_000) Integer packedWeightG,
            @QueryParam("coldChain") @DefaultValue("false") boolean coldChain) {
        return shipping.quote(province, packedWeightG, coldChain);
    }
}
