package cn.huinong.market.orders.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One SKU of a shop order, with the names and price the buyer saw at checkout. */
@Entity
@Table(name = "shop_order_line")
@IdClass(ShopOrderLine.Key.class)
public class ShopOrderLine {

    @Id
    @ManyToOne
    @JoinColumn(name = "shop_order_id") public ShopOrder shopOrder;

    @Id
    @Column(name = "line_no") public int lineNo;

    @Column(name = "sku_id", nullable = false) public UUID skuId;

    @Column(name = "product_id", nullable = false) public UUID productId;

    @Column(name = "product_name_zh", nullable = false) public String productNameZh;

    @Column(name = "product_name_en") public String productNameEn;

    @Column(name = "sku_name_zh", nullable = false) public String skuNameZh;

    @Column(name = "sku_name_en") public String skuNameEn;

    public String unit;

    @Column(nullable = false) public int quantity;

    @Column(name = "unit_price_fen", nullable = false) public long unitPriceFen;

    @Column(name = "line_total_fen", nullable = false) public long lineTotalFen;

    public static class Key implements Serializable {

        public UUID shopOrder;
        public int lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(shopOrder, k.shopOrder) && lineNo == k.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopOrder, lineNo);
        }
    }
}
