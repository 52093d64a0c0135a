package cn.huinong.market.training.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A trainee's catalog shop and the OIDC subject owning it (one shop per trainee, one trainee per shop). */
@Entity
@Table(name = "shop_link")
public class ShopLink {

    @Id
    @Column(name = "trainee_id") public UUID traineeId;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Column(name = "owner_sub", nullable = false, length = 255) public String ownerSub;

    @Column(name = "linked_by", nullable = false, length = 255) public String linkedBy;

    @Column(name = "linked_at", nullable = false) public OffsetDateTime linkedAt;

    @Version
    @Column(nullable = false) public long version;
}
