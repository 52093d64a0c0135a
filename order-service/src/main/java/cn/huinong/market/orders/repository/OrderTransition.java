package cn.huinong.market.orders.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One recorded change of a shop order's status. */
@Entity
@Table(name = "shop_order_transition")
public class OrderTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Column(name = "shop_order_id", nullable = false) public UUID shopOrderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status") public OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false) public OrderStatus toStatus;

    @Column(name = "actor_sub", nullable = false) public String actorSub;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false) public Actor.Role actorRole;

    public String reason;

    @Column(nullable = false) public OffsetDateTime at;
}
