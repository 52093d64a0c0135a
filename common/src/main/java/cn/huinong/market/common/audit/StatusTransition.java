package cn.huinong.market.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * An audited move of something with a status enum from one state to another: the shape every status audit table
 * shares ({@code id} identity key, {@code from_status} null for a creation, {@code to_status}). Each entity adds the
 * id of what moved, under its own column name, and keeps its own table.
 */
@MappedSuperclass
public abstract class StatusTransition<S extends Enum<S>> extends TransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status") public S fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false) public S toStatus;

    /** Fills this step (from is null for a creation); returns this for chaining. */
    public <T extends StatusTransition<S>> T moved(S from, S to, String actorSub, String reason, OffsetDateTime at) {
        this.fromStatus = from;
        this.toStatus = to;
        return recorded(actorSub, reason, at);
    }
}
