package cn.huinong.market.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * What every audited state transition records, whatever moved: who moved it (the token's {@code sub}), why, and
 * when. Each audit entity (a shop's, a product's, an order's, an enrolment's…) extends this with its own id, the
 * id of what moved and its from/to states, and keeps its own table.
 */
@MappedSuperclass
public abstract class TransitionRecord {

    @Column(name = "actor_sub", nullable = false) public String actorSub;

    public String reason;

    @Column(nullable = false) public OffsetDateTime at;

    /** Fills the common part; returns this for chaining in the subclass's factory. */
    protected <T extends TransitionRecord> T recorded(String actorSub, String reason, OffsetDateTime at) {
        this.actorSub = actorSub;
        this.reason = reason;
        this.at = at;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }
}
