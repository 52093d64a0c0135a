package cn.huinong.market.orders.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A county logistics centre, township station or village point of the shared network. */
@Entity
@Table(name = "logistics_node")
public class LogisticsNode {

    @Id public UUID id;

    @Column(nullable = false, unique = true, length = 64) public String code;

    @Column(nullable = false, length = 100) public String name;

    @Column(name = "name_en", length = 100) public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public NodeLevel level;

    @Column(name = "division_code", nullable = false, length = 12) public String divisionCode;

    @Column(name = "parent_id") public UUID parentId;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
