package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.orders.logistics.network.TemperatureClass;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a parcel costs before anyone pays: the zone tariff by packed weight (shops without a village station), and
 * on the shared network, per shop, the cheapest and the fastest route with their cost and promised date.
 */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Shipping")
public class ShippingQuoteResource {

    @Inject ShippingCalculator tariff;

    @Inject RoutedShipping routed;

    @GET
    @Path("shipping/quote")
    @Operation(summary = "What one parcel costs to a province (two-digit code), by packed weight and cold chain")
    public ShippingQuote quote(@QueryParam("province") @NotNull @Pattern(regexp = "\\d{2}") String province,
            @QueryParam("packedWeightG") @NotNull @Min(1) @Max(1_000_000) Integer packedWeightG,
            @QueryParam("coldChain") @DefaultValue("false") boolean coldChain) {
        return tariff.quote(province, packedWeightG, coldChain);
    }

    @GET
    @Path("logistics/quotes")
    @Operation(summary = "Cheapest and fastest route of one shop's parcel to a county (or province) on the network")
    public RoutedShipping.ShopQuote route(@QueryParam("shopId") @NotNull UUID shopId,
            @QueryParam("province") @NotNull @Pattern(regexp = "[1-8][0-9]") String province,
            @QueryParam("county") @Pattern(regexp = "[1-8][0-9]{5}") String county,
            @QueryParam("grams") @NotNull @Min(1) @Max(10_000_000) Long grams,
            @QueryParam("millilitres") @DefaultValue("0") @Min(0) @Max(100_000_000) long millilitres,
            @QueryParam("temperature") @DefaultValue("AMBIENT") TemperatureClass temperature,
            @QueryParam("category") String category) {
        RoutedShipping.ShopQuote quote = routed.quote(shopId, county, province,
                new RoutedShipping.Parcel(grams, millilitres, temperature, category));
        if (quote == null) {
            throw ProblemException.notFound("shop station", shopId);
        }
        return quote;
    }
}
