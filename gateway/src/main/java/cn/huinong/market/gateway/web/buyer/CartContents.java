package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.gateway.client.ShippingQuote;
import cn.huinong.market.gateway.client.SkuSnapshot;
import java.util.List;
import java.util.UUID;

/**
 * The cart as the buyer sees it: one group per shop (each becomes its own shop order and parcel), with the
 * shipping quote for that parcel once a province is chosen; lines that cannot be sold now are listed apart.
 */
public record CartContents(List<ShopGroup> shops, List<UUID> unavailable, long goodsFen, Long shippingFen) {

    public record Line(SkuSnapshot sku, int quantity, long lineTotalFen) {
    }

    public record ShopGroup(UUID shopId, String shopNameZh, List<Line> lines, long goodsFen, int packedWeightG,
            boolean coldChain, ShippingQuote quote) {
    }

    public boolean isEmpty() {
        return shops.isEmpty();
    }

    public boolean canCheckout() {
        return !shops.isEmpty() && unavailable.isEmpty();
    }
}
