package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.SubsidyPayer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A county's or the platform's logistics subsidy for parcels leaving a region (see network.Subsidy). */
@Entity
@Table(name = "logistics_subsidy")
public class LogisticsSubsidy extends NetworkRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public SubsidyPayer payer;

    @Column(name = "division_code", nullable = false, length = 12) public String divisionCode;

    @Column(length = 64) public String category;

    @Column(nullable = false) public int percent;

    @Column(name = "cap_fen", nullable = false) public long capFen;
}
