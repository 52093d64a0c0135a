package cn.huinong.market.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * A status move that also records in which of its domain's roles the actor made it ({@code actor_role}: buyer,
 * seller, admin, system…), where the subject alone does not tell whose move it was.
 */
@MappedSuperclass
public abstract class RoleStatusTransition<S extends Enum<S>, R extends Enum<R>> extends StatusTransition<S> {

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false) public R actorRole;

    /** Fills this step with the actor's role too; returns this for chaining. */
    public <T extends StatusTransition<S>> T moved(S from, S to, R role, String actorSub, String reason,
            OffsetDateTime at) {
        this.actorRole = role;
        return moved(from, to, actorSub, reason, at);
    }
}
