package cn.huinong.market.orders.checkout;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.orders.client.CatalogSku;
import cn.huinong.market.orders.config.CheckoutConfig;
import cn.huinong.market.orders.logistics.ShippingCalculator;
import cn.huinong.market.orders.logistics.ShippingQuote;
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
 * shipping from the packed weight by the {@link ShippingCalculator}, and the commission rate frozen now.
 */
@ApplicationScoped
public class CheckoutPricer {

    @Inject ShippingCalculator shipping;

    @Inject CheckoutConfig config;

    public record PricedLine(CatalogSku sku, int quantity, long lineTotalFen) {
    }

    public record PricedShopOrder(UUID shopOrderId, UUID shopId, String shopNameZh, String shopOwnerSub,
            List<PricedLine> lines, long goodsFen, int packedWeightG, boolean coldChain,
            long shippingFen, int commissionRateBp, long commissionFen) {

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
            ShippingQuote quote = shipping.quote(request.address().provinceCode(), weight, cold);
            int rate = first.supportedShop() ? config.reducedCommissionRateBp() : config.commissionRateBp();
            orders.add(new PricedShopOrder(UUID.randomUUID(), shop.getKey(), first.shopNameZh(), first.shopOwnerSub(),
                    lines, goods, weight, cold, quote.feeFen(), rate, Commission.of(goods, rate)));
        }
        return orders;
    }
}
