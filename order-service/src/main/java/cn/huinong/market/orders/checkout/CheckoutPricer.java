package cn.huinong.market.orders.checkout;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.orders.client.CatalogSku;
import cn.huinong.market.orders.config.CheckoutConfig;
import cn.huinong.market.orders.logistics.RoutedShipping;
import cn.huinong.market.orders.logistics.ShippingCalculator;
import cn.huinong.market.orders.logistics.network.TemperatureClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a cart and catalog's snapshots into priced shop orders: one per shop, goods at the snapshot price,
 * shipping routed on the shared network from the shop's village station (cost minus subsidies; a parcel that cannot
 * reach the buyer in its temperature class is refused), or by the flat {@link ShippingCalculator} for shops not on the
 * network, and the commission rate frozen now.
 */
@ApplicationScoped
public class CheckoutPricer {

    @Inject ShippingCalculator shipping;

    @Inject RoutedShipping routedShipping;

    @Inject CheckoutConfig config;

    public record PricedLine(CatalogSku sku, int quantity, long lineTotalFen) {
    }

    public record PricedShopOrder(UUID shopOrderId, UUID shopId, String shopNameZh, String shopOwnerSub,
            List<PricedLine> lines, long goodsFen, int packedWeightG, boolean coldChain,
            long shippingFen, int commissionRateBp, long commissionFen, RoutedShipping.Sold routed) {

        public long totalFen() {
            return goodsFen + shippingFen;
        }
    }

    /** Refuses SKUs that are not on sale (422) or cannot be sold right now (409), naming each line. */
    public List<PricedShopOrder> price(CheckoutRequest request, List<CatalogSku> snapshots) {
        Map<UUID, CatalogSku> byId = new HashMap<>();
        snapshots.forEach(s -> byId.put(s.skuId(), s));
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<Problem.FieldError> unsellable = new ArrayList<>();
        List<Map<String, Object>> unsellableFacts = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            UUID skuId = request.lines().get(i).skuId();
            CatalogSku sku = byId.get(skuId);
            if (sku == null) {
                unknown.add(new Problem.FieldError("lines[" + i + "].skuId", "detail.checkout.sku-not-on-sale"));
            } else if (!sku.sellable()) {
                unsellable.add(new Problem.FieldError("lines[" + i + "].skuId", "detail.checkout.sku-not-sellable"));
                unsellableFacts.add(Map.of("skuId", skuId, "productNameZh", sku.productNameZh(),
                        "reason", String.valueOf(sku.notSellableReason())));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.withFacts(ProblemType.UNPROCESSABLE, unknown, null, "detail.checkout.unknown-skus");
        }
        if (!unsellable.isEmpty()) {
            throw ProblemException.withFacts(ProblemType.CONFLICT, unsellable,
                    Map.of("unavailableSkus", unsellableFacts),
                    "detail.checkout.unavailable");
        }
        Map<UUID, List<PricedLine>> byShop = new LinkedHashMap<>();
        for (CheckoutRequest.Line line : request.lines()) {
            CatalogSku sku = byId.get(line.skuId());
            byShop.computeIfAbsent(sku.shopId(), s -> new ArrayList<>())
                    .add(new PricedLine(sku, line.quantity(), Math.multiplyExact(sku.priceFen(), line.quantity())));
        }
        List<PricedShopOrder> orders = new ArrayList<>();
        for (Map.Entry<UUID, List<PricedLine>> shop : byShop.entrySet()) {
            List<PricedLine> lines = shop.getValue();
            CatalogSku first = lines.get(0).sku();
            long goods = lines.stream().mapToLong(PricedLine::lineTotalFen).sum();
            int weight = lines.stream().mapToInt(l -> l.sku().packedWeightG() * l.quantity()).sum();
            boolean cold = lines.stream().anyMatch(l -> l.sku().coldChain());
            RoutedShipping.Sold routed = routed(request, shop.getKey(), lines, weight);
            long shippingFen = routed != null
                    ? routed.payableFen()
                    : shipping.quote(request.address().provinceCode(), weight, cold).feeFen();
            int rate = first.supportedShop() ? config.reducedCommissionRateBp() : config.commissionRateBp();
            orders.add(new PricedShopOrder(UUID.randomUUID(), shop.getKey(), first.shopNameZh(), first.shopOwnerSub(),
                    lines, goods, weight, cold, shippingFen, rate, Commission.of(goods, rate), routed));
        }
        return orders;
    }

    /** The shop's parcel on the shared network, or null when the shop is not on it (flat tariff then). */
    private RoutedShipping.Sold routed(CheckoutRequest request, UUID shopId, List<PricedLine> lines, int weightG) {
        // Mixed chilled and frozen goods travel as chilled: the shorter time limit holds for the whole parcel.
        List<TemperatureClass> classes = lines.stream().map(l -> temperature(l.sku().temperatureClass())).toList();
        TemperatureClass temperature = classes.contains(TemperatureClass.CHILLED) ? TemperatureClass.CHILLED
                : classes.contains(TemperatureClass.FROZEN) ? TemperatureClass.FROZEN : TemperatureClass.AMBIENT;
        RoutedShipping.ShopQuote quote = routedShipping.quote(shopId, request.address().countyCode(),
                request.address().provinceCode(), new RoutedShipping.Parcel(weightG, 0, temperature, null));
        return quote == null ? null : routedShipping.sell(quote, request.shippingChoice());
    }

    private static TemperatureClass temperature(String catalogClass) {
        if (catalogClass == null) {
            return TemperatureClass.AMBIENT;
        }
        return switch (catalogClass) {
            case "FROZEN" -> TemperatureClass.FROZEN;
            case "CHILLED" -> TemperatureClass.CHILLED;
            default -> TemperatureClass.AMBIENT;
        };
    }
}
