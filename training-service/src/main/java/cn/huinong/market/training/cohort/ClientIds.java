package cn.huinong.market.training.cohort;

import cn.huinong.market.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.UUID;

/** Ids of new records: clients may choose them, so that an offline client can retry a create safely. */
public final class ClientIds {

    private ClientIds() {
    }

    /** The id the client asked for, or a fresh one; an id already in {@code store} is a 409 naming {@code what}. */
    public static UUID unused(UUID requested, PanacheRepositoryBase<?, UUID> store, String what) {
        UUID id = requested == null ? UUID.randomUUID() : requested;
        if (store.findById(id) != null) {
            throw ProblemException.alreadyExists(what, id);
        }
        return id;
    }

    /** A replace body may repeat the id of what it replaces, never name another: that is a 400 on the id. */
    public static void sameAs(UUID requested, UUID id) {
        if (requested != null && !requested.equals(id)) {
            throw ProblemException.invalidField("id", "detail.id-mismatch");
        }
    }
}
