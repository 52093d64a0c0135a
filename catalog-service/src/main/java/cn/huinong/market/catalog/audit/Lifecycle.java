package cn.huinong.market.catalog.audit;

import cn.huinong.market.common.problem.ProblemException;
import java.util.List;
import java.util.Optional;

/**
 * A lifecycle as an explicit table: which move exists, who may make it, and whether a reason is owed. Anything not
 * listed is refused. Shops and products each declare theirs ({@code ShopLifecycle}, {@code ProductLifecycle}).
 */
public final class Lifecycle<S extends Enum<S>> {

    public enum Actor {
        ADMIN, OWNER
    }

    public record Move<S>(S from, S to, Actor actor, boolean reasonRequired) {
    }

    /** A move the caller may make, with the reason they gave (stripped; null when none). */
    public record Step<S>(Move<S> move, String reason) {
    }

    private final Class<S> states;
    private final List<Move<S>> moves;

    public Lifecycle(Class<S> states, List<Move<S>> moves) {
        this.states = states;
        this.moves = List.copyOf(moves);
    }

    public List<Move<S>> moves() {
        return moves;
    }

    public Optional<Move<S>> find(S from, S to) {
        return moves.stream().filter(m -> m.from() == from && m.to() == to).findFirst();
    }

    /**
     * Checks a requested move from {@code from} to the state named {@code to}: an unknown state or a missing
     * owed reason is a 400, a move not in the table a 409, a move of the other actor a 403.
     */
    public Step<S> check(S from, String to, String reason, boolean callerIsAdmin, boolean callerIsOwner) {
        S target;
        try {
            target = Enum.valueOf(states, to);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("to", "detail.status-unknown");
        }
        Move<S> move = find(from, target)
                .orElseThrow(() -> ProblemException.conflict("detail.transition-illegal", from, target));
        if (!(move.actor() == Actor.ADMIN ? callerIsAdmin : callerIsOwner)) {
            throw ProblemException.forbidden("detail.transition-not-yours", from, target);
        }
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (move.reasonRequired() && given == null) {
            throw ProblemException.invalidField("reason", "detail.reason-required");
        }
        return new Step<>(move, given);
    }
}
