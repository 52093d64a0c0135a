package cn.huinong.market.catalog.trace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A lot of one product: what was harvested, slaughtered or produced together, and where. */
@Entity
@Table(name = "trace_lot")
public class TraceLot extends PanacheEntityBase {

    /** Where a lot came from. DERIVED: made from other lots (cuts of a carcass, packs of a cut). */
    public enum Origin {
        HARVEST, SLAUGHTER, PRODUCTION, DERIVED
    }

    @Id public UUID id;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Column(name = "product_id", nullable = false) public UUID productId;

    @Column(name = "lot_number", nullable = false, length = 20) public String lotNumber;

    @Column(columnDefinition = "bpchar(14)") public String gtin;

    @Column(name = "short_code", nullable = false, columnDefinition = "bpchar(10)") public String shortCode;

    @Column(name = "epc_class", nullable = false) public String epcClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_kind", nullable = false, length = 16) public Origin originKind;

    @Column(name = "origin_date", nullable = false) public LocalDate originDate;

    @Column(name = "county_code", columnDefinition = "bpchar(6)") public String countyCode;

    @Column(name = "village_name", length = 100) public String villageName;

    @Column(nullable = false, precision = 14, scale = 3) public BigDecimal quantity;

    @Column(nullable = false, length = 16) public String unit;

    @Column(name = "best_before") public LocalDate bestBefore;

    @Column(name = "temperature_class", nullable = false, length = 16) public String temperatureClass;

    @Column(name = "created_at", nullable = false) public Instant createdAt;
}
