package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Logistics subsidies of the county or the platform; each one is paid as its own ledger line. */
@ApplicationScoped
public class SubsidyService {

    private static final String WHAT = "logistics subsidy";

    @Inject LogisticsSubsidyRepository subsidies;

    @Inject NetworkStore store;

    @Inject Clock clock;

    public List<SubsidyView> list() {
        return subsidies.list("order by code").stream().map(SubsidyView::of).toList();
    }

    @Transactional
    public SubsidyView create(SubsidyRequest request) {
        UUID id = ClientIds.newId(request.id(), subsidies::findById, WHAT);
        if (subsidies.codeTaken(request.code())) {
            throw ProblemException.alreadyExists(WHAT, request.code());
        }
        LogisticsSubsidy s = new LogisticsSubsidy();
        s.id = id;
        s.code = request.code();
        s.payer = request.payer();
        s.divisionCode = request.divisionCode();
        s.category = request.category() == null || request.category().isBlank() ? null : request.category().strip();
        s.percent = request.percent();
        s.capFen = request.capFen();
        s.created(OffsetDateTime.now(clock));
        subsidies.persist(s);
        store.changed();
        return SubsidyView.of(s);
    }

    @Transactional
    public void delete(UUID id) {
        LogisticsSubsidy s = subsidies.findById(id);
        if (s == null) {
            throw ProblemException.notFound(WHAT, id);
        }
        subsidies.delete(s);
        store.changed();
    }
}
