package cn.huinong.market.training.cohort;

import cn.huinong.market.common.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking, for the ownership rules: an admin sees everything, a trainer only what hangs off the cohorts
 * they are assigned to.
 */
public record Viewer(String sub, boolean admin) {

    public static Viewer of(SecurityIdentity identity) {
        return new Viewer(Callers.subjectOrAnonymous(identity), identity.hasRole("admin"));
    }

    /** The trainer to restrict queries to, or null for an admin. */
    public String trainerScope() {
        return admin ? null : sub;
    }
}
