package cn.huinong.market.catalog.audit;

import cn.huinong.market.common.audit.TransitionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the audit trails of state transitions (a shop's lifecycle, a product's moderation): one writer
 * for every {@link TransitionRecord} entity, each kept in its own table.
 */
@ApplicationScoped
public class TransitionLog {

    @Inject EntityManager em;

    public void append(TransitionRecord step) {
        em.persist(step);
    }

    /**
     * The steps of one subject, oldest first.
     *
     * @param subjectField the entity field holding the id of what moved (e.g. {@code shopId})
     */
    public <T extends TransitionRecord> List<T> of(Class<T> type, String subjectField, UUID subjectId) {
        return em.createQuery("from " + type.getSimpleName() + " where " + subjectField + " = :id order by id", type)
                .setParameter("id", subjectId).getResultList();
    }
}
