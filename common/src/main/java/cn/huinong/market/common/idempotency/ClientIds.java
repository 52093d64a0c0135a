package cn.huinong.market.common.idempotency;

import cn.huinong.market.common.problem.ProblemException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ids of new resources. Clients may choose them (an offline client retries a create under the same id, so the
 * retry cannot make a second one); without a choice the server makes a random one.
 */
public final class ClientIds {

    private ClientIds() {
    }

    /**
     * The client's chosen id, or a new one; a chosen id already in use is a 409.
     *
     * @param find looks the id up (e.g. a repository's {@code findById}): anything but null means taken
     * @param what names the resource in the 409
     */
    public static UUID newId(UUID chosen, Function<UUID, ?> find, String what) {
        if (chosen == null) {
            return UUID.randomUUID();
        }
        if (find.apply(chosen) != null) {
            throw ProblemException.alreadyExists(what, chosen);
        }
        return chosen;
    }
}
