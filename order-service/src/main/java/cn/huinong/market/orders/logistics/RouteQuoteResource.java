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

/** What a buyer sees before paying: per shop, the cheapest and the fastest route, their cost and promised date. */
@Path("/api/orders/logistics/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shipping")
public class RouteQuoteResource {

    @Inject RoutedShipping shipping;

    @GET
    @Authenticated
    @Operation(summary = "Cheapest and fastest route of one shop's parcel to a county (or province) on the network")
    public RoutedShipping.ShopQuote quote(@QueryParam("shopId") @NotNull UUID shopId,
            @QueryParam("province") @NotNull @Pattern(regexp = "[1-8][0-9]") String province,
            @QueryParam("county") @Pattern(regexp = "[1-8][0-9]{5}") String county,
            @QueryParam("grams") @NotNull @Min(1) @Max(10_000_000) Long grams,
            @QueryParam("millilitres") @DefaultValue("0") @Min(0) @Max(100_000_000) long millilitres,
            @QueryParam("temperature") @DefaultValue("AMBIENT") TemperatureClass temperature,
            @QueryParam("category") String category) {
        RoutedShipping.ShopQuote quote = shipping.quote(shopId, county, province,
                new RoutedShipping.Parcel(grams, millilitres, temperature, category));
        if (quote == null) {
            throw ProblemException.notFound("shop station", shopId);
        }
        return quote;
    }
}
