package cn.huinong.market.orders.aftersale;

import cn.huinong.market.orders.repository.Actor;
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

/** One recorded move of an after-sale case. */
@Entity
@Table(name = "after_sale_transition")
public class AfterSaleTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Column(name = "after_sale_id", nullable = false) public UUID afterSaleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status") public AfterSaleStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false) public AfterSaleStatus toStatus;

    @Column(name = "actor_sub", nullable = false) public String actorSub;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false) public Actor.Role actorRole;

    public String reason;

    @Column(nullable = false) public OffsetDateTime at;
}
