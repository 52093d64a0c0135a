package cn.huinong.market.orders.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every record of the network (node, leg, subsidy) has: an id a client may choose, a unique code the admins
 * and the demo loader name it by, when it was made and last changed, and an optimistic-lock version for If-Match.
 */
@MappedSuperclass
public abstract class NetworkRecord {

    @Id public UUID id;

    @Column(nullable = false, unique = true, length = 64) public String code;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;

    /** Stamps a new record: made and last changed now. */
    void created(OffsetDateTime now) {
        createdAt = now;
        updatedAt = now;
    }
}
