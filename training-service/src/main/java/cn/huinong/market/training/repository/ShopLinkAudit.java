package cn.huinong.market.training.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One link or unlink of a trainee's shop: who, when, which shop, why. Append-only. */
@Entity
@Table(name = "shop_link_audit")
public class ShopLinkAudit {

    @Id public UUID id;

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Column(nullable = false, length = 8) public String action;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Column(name = "owner_sub", nullable = false, length = 255) public String ownerSub;

    @Column(name = "actor_sub", nullable = false, length = 255) public String actorSub;

    @Column(nullable = false) public OffsetDateTime at;

    @Column(length = 500) public String reason;
}
