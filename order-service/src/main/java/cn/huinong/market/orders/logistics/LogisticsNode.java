package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.NodeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.UUID;

/** A county logistics centre, township station or village point of the shared network. */
@Entity
@Table(name = "logistics_node")
public class LogisticsNode extends NetworkRecord {

    @Column(nullable = false, length = 100) public String name;

    @Column(name = "name_en", length = 100) public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public NodeLevel level;

    @Column(name = "division_code", nullable = false, length = 12) public String divisionCode;

    @Column(name = "parent_id") public UUID parentId;

    /** What the node does for routing; null: what its level suggests (see {@link NetworkLoader}). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20) public NodeKind kind;

    public Double latitude;

    public Double longitude;

    /** Weekdays it opens ({@link Weekdays}); null with {@link #opens}: always open. */
    @Column(name = "open_days", length = 64) public String openDays;

    public LocalTime opens;

    public LocalTime closes;

    @Column(name = "cold_capable", nullable = false) public boolean coldCapable;
}
