package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.gateway.client.CatalogClient;
import cn.huinong.market.gateway.client.OrdersClient;
import cn.huinong.market.gateway.client.ShippingQuote;
import cn.huinong.market.gateway.client.SkuSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads a cart against catalog's SKU snapshots and, for a province, order-service's per-parcel quotes. */
@ApplicationScoped
public class CartService {

    @Inject
    @RestClient CatalogClient catalog;

    @Inject
    @RestClient OrdersClient orders;

    public CartContents contents(Cart cart, String province, String bearer, String lang) {
        if (cart.isEmpty()) {
            return new CartContents(List.of(), List.of(), 0, null);
        }
        String ids = cart.lines().keySet().stream().map(UUID::toString).collect(Collectors.joining(","));
        Map<UUID, SkuSnapshot> snapshots = catalog.skus(ids, bearer, lang).stream()
                .collect(Collectors.toMap(SkuSnapshot::skuId, s -> s, (a, b) -> a));
        Map<UUID, List<CartContents.Line>> byShop = new LinkedHashMap<>();
        List<UUID> unavailable = new ArrayList<>();
        cart.lines().forEach((skuId, quantity) -> {
            SkuSnapshot sku = snapshots.get(skuId);
            if (sku == null || !sku.sellable()) {
                unavailable.add(skuId);
            } else {
                byShop.computeIfAbsent(sku.shopId(), k -> new ArrayList<>())
                        .add(new CartContents.Line(sku, quantity, sku.priceFen() * quantity));
            }
        });
        List<CartContents.ShopGroup> shops = new ArrayList<>();
        long goods = 0;
        Long shipping = province == null ? null : 0L;
        for (var entry : byShop.entrySet()) {
            List<CartContents.Line> lines = entry.getValue();
            long shopGoods = lines.stream().mapToLong(CartContents.Line::lineTotalFen).sum();
            int weight = lines.stream().mapToInt(l -> l.sku().packedWeightG() * l.quantity()).sum();
            boolean cold = lines.stream().anyMatch(l -> !"AMBIENT".equals(l.sku().temperatureClass()));
            ShippingQuote quote = province == null ? null
                    : orders.quote(province, Math.max(1, weight), cold, bearer);
            shops.add(new CartContents.ShopGroup(entry.getKey(), lines.get(0).sku().shopNameZh(), lines, shopGoods,
                    weight, cold, quote));
            goods += shopGoods;
            if (quote != null) {
                shipping += quote.feeFen();
            }
        }
        return new CartContents(shops, unavailable, goods, shipping);
    }
}
