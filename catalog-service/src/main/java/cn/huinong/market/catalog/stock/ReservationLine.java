package cn.huinong.market.catalog.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

@Embeddable
public class ReservationLine {

    @Column(name = "sku_id", nullable = false) public UUID skuId;

    @Column(nullable = false) public int quantity;
}
