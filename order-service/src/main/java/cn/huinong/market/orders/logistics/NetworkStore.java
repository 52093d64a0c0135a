package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The network as stored, validated once per revision and kept in memory: a quote reads one row (the revision) and,
 * while nothing changed, builds nothing. The routing core caches its time-expanded graph by the same number.
 */
@ApplicationScoped
public class NetworkStore {

    @Inject EntityManager em;

    @Inject LogisticsNodeRepository nodes;

    @Inject LogisticsLegRepository legs;

    @Inject LogisticsSubsidyRepository subsidies;

    private final AtomicReference<Network> cached = new AtomicReference<>();

    @Transactional
    public Network current() {
        long revision = revision();
        Network network = cached.get();
        if (network != null && network.version() == revision) {
            return network;
        }
        Network built = NetworkMapping.network(revision, nodes.listAll(), legs.listAll(), subsidies.listAll());
        cached.set(built);
        return built;
    }

    /** Marks the network changed, in the caller's transaction: every instance rebuilds on its next quote. */
    void changed() {
        em.createNativeQuery("""
                INSERT INTO logistics_network_revision (id, revision)
                VALUES (1, nextval('logistics_network_revision_seq'))
                ON CONFLICT (id) DO UPDATE SET revision = EXCLUDED.revision""").executeUpdate();
    }

    private long revision() {
        List<?> rows = em.createNativeQuery("SELECT revision FROM logistics_network_revision WHERE id = 1")
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }
}
