package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.LegMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.UUID;

/** A scheduled connection between two nodes, as stored; {@link NetworkLoader} turns it into a routing leg. */
@Entity
@Table(name = "logistics_leg")
public class LogisticsLeg extends NetworkRecord {

    @Column(name = "from_node_id", nullable = false) public UUID fromNodeId;

    @Column(name = "to_node_id", nullable = false) public UUID toNodeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public LegMode mode;

    @Column(nullable = false, length = 64) public String weekdays;

    @Column(nullable = false) public LocalTime departure;

    @Column(name = "duration_minutes", nullable = false) public int durationMinutes;

    @Column(nullable = false) public LocalTime cutoff;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_kind", nullable = false, length = 16) public LegCostKind costKind;

    @Column(name = "run_fen") public Long runFen;

    @Column(name = "fen_per_km") public Long fenPerKm;

    public Long km;

    @Column(name = "expected_load_kg") public Long expectedLoadKg;

    @Column(name = "fen_per_kg") public Long fenPerKg;

    @Column(name = "first_kg_fen") public Long firstKgFen;

    @Column(name = "extra_kg_fen") public Long extraKgFen;

    @Column(name = "capacity_kg", nullable = false) public long capacityKg;

    @Column(name = "capacity_litres", nullable = false) public long capacityLitres;

    @Column(nullable = false) public boolean reefer;
}
