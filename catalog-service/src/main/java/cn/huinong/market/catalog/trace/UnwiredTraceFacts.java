package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Stands in for {@link TraceFacts} until it is wired to the shop, product and halal services: refuses plainly
 * instead of guessing, so nothing is captured against facts nobody checked.
 */
@DefaultBean
@ApplicationScoped
public class UnwiredTraceFacts implements TraceFacts {

    @Override
    public Optional<ProductFacts> product(UUID productId) {
        throw unwired();
    }

    @Override
    public Optional<CertificateFacts> certificate(UUID certificateId) {
        throw unwired();
    }

    @Override
    public boolean ownsShop(String callerSub, UUID shopId) {
        throw unwired();
    }

    private static ProblemException unwired() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "Traceability is not connected to the catalog yet.");
    }
}
