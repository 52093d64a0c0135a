package cn.huinong.market.catalog.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A sellable variant of a product (say, 500 g bag or 2.5 kg box), with what logistics needs to move it. */
@Entity
@Table(name = "sku")
public class Sku {

    @Id public UUID id;

    @Column(name = "product_id", nullable = false) public UUID productId;

    @Column(name = "seller_code") public String sellerCode;

    @Column(name = "name_zh", nullable = false) public String nameZh;

    @Column(name = "name_en") public String nameEn;

    @Column(nullable = false) public String unit;

    @Column(name = "net_weight_g", nullable = false) public int netWeightG;

    @Column(name = "packed_weight_g", nullable = false) public int packedWeightG;

    @Column(name = "packed_volume_cm3", nullable = false) public int packedVolumeCm3;

    @Enumerated(EnumType.STRING)
    @Column(name = "temperature_class", nullable = false) public TemperatureClass temperatureClass;

    @Column(name = "shelf_life_days", nullable = false) public int shelfLifeDays;

    /** Price in fen (1/100 yuan); money is never a floating-point number. */
    @Column(name = "price_fen", nullable = false) public long priceFen;

    @Column(nullable = false, columnDefinition = "bpchar(3)") public String currency = "CNY";

    @Column(nullable = false) public boolean active = true;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
