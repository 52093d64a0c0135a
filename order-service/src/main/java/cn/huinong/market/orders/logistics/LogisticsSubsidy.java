package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.SubsidyPayer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A county's or the platform's logistics subsidy for parcels leaving a region (see network.Subsidy). */
@Entity
@Table(name = "logistics_subsidy")
public class LogisticsSubsidy {

    @Id public UUID id;

    @Column(nullable = false, unique = true, length = 64) public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public SubsidyPayer payer;

    @Column(name = "division_code", nullable = false, length = 12) public String divisionCode;

    @Column(length = 64) public String category;

    @Column(nullable = false) public int percent;

    @Column(name = "cap_fen", nullable = false) public long capFen;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
