package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.paging.Cursor;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import cn.huinong.market.orders.logistics.network.LogisticsRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Legs of the network, changed only when the whole network stays consistent with the change. */
@ApplicationScoped
public class LegService {

    private static final String WHAT = "logistics leg";

    @Inject LogisticsLegRepository legs;

    @Inject LogisticsNodeRepository nodes;

    @Inject LogisticsSubsidyRepository subsidies;

    @Inject NetworkStore store;

    @Inject Clock clock;

    public Page<LegView> list(String after, int limit) {
        List<String> keys = Cursor.decode(after, 1);
        Map<UUID, String> codes = nodeCodes();
        return Page.of(legs.page(keys.isEmpty() ? null : keys.get(0), limit), limit, l -> LegView.of(l, codes),
                l -> Cursor.encode(l.code));
    }

    public LegView get(UUID id) {
        return LegView.of(find(id), nodeCodes());
    }

    @Transactional
    public LegView create(LegRequest request) {
        UUID id = ClientIds.newId(request.id(), legs::findById, WHAT);
        if (legs.codeTaken(request.code())) {
            throw ProblemException.alreadyExists(WHAT, request.code());
        }
        LogisticsLeg leg = candidate(id, request);
        leg.created(OffsetDateTime.now(clock));
        legs.persist(leg);
        store.changed();
        legs.flush();
        return LegView.of(leg, nodeCodes());
    }

    @Transactional
    public LegView replace(UUID id, String ifMatch, LegRequest request) {
        LogisticsLeg leg = find(id);
        ETags.requireCurrent(ifMatch, leg.version, () -> LegView.of(leg, nodeCodes()));
        if (request.id() != null && !request.id().equals(id)) {
            throw ProblemException.invalidField("id", "detail.id-mismatch");
        }
        if (!leg.code.equals(request.code()) && legs.codeTaken(request.code())) {
            throw ProblemException.alreadyExists(WHAT, request.code());
        }
        LogisticsLeg checked = candidate(id, request);
        copy(checked, leg);
        leg.updatedAt = OffsetDateTime.now(clock);
        store.changed();
        legs.flush();
        return LegView.of(leg, nodeCodes());
    }

    @Transactional
    public void delete(UUID id) {
        legs.delete(find(id));
        store.changed();
    }

    /** The leg the request describes, not yet managed, checked together with the rest of the network. */
    private LogisticsLeg candidate(UUID id, LegRequest request) {
        LogisticsLeg leg = new LogisticsLeg();
        leg.id = id;
        leg.code = request.code();
        leg.fromNodeId = nodeId("fromNode", request.fromNode());
        leg.toNodeId = nodeId("toNode", request.toNode());
        leg.mode = request.mode();
        // No weekday is never stored: the validator refuses it with its reason.
        leg.weekdays = Weekdays.encode(request.weekdays());
        leg.departure = request.departure();
        leg.durationMinutes = request.durationMinutes();
        leg.cutoff = request.cutoff();
        LegRequest.Cost cost = request.cost();
        leg.costKind = cost.kind();
        switch (cost.kind()) {
            case FIXED_PER_RUN -> {
                leg.runFen = required("runFen", cost.runFen());
                leg.expectedLoadKg = required("expectedLoadKg", cost.expectedLoadKg());
            }
            case PER_KM -> {
                leg.fenPerKm = required("fenPerKm", cost.fenPerKm());
                leg.km = required("km", cost.km());
                leg.expectedLoadKg = required("expectedLoadKg", cost.expectedLoadKg());
            }
            case PER_KG -> leg.fenPerKg = required("fenPerKg", cost.fenPerKg());
            case ZONE_TARIFF -> {
                leg.firstKgFen = required("firstKgFen", cost.firstKgFen());
                leg.extraKgFen = required("extraKgFen", cost.extraKgFen());
            }
        }
        leg.capacityKg = request.capacityKg();
        leg.capacityLitres = request.capacityLitres();
        leg.reefer = request.reefer();
        List<LogisticsLeg> all = new ArrayList<>(legs.list("id <> ?1", id));
        all.add(leg);
        try {
            NetworkMapping.network(0, nodes.listAll(), all, subsidies.listAll());
        } catch (LogisticsRefusal refusal) {
            throw Refusals.invalid("leg", refusal);
        }
        return leg;
    }

    private static void copy(LogisticsLeg from, LogisticsLeg to) {
        to.code = from.code;
        to.fromNodeId = from.fromNodeId;
        to.toNodeId = from.toNodeId;
        to.mode = from.mode;
        to.weekdays = from.weekdays;
        to.departure = from.departure;
        to.durationMinutes = from.durationMinutes;
        to.cutoff = from.cutoff;
        to.costKind = from.costKind;
        to.runFen = from.runFen;
        to.fenPerKm = from.fenPerKm;
        to.km = from.km;
        to.expectedLoadKg = from.expectedLoadKg;
        to.fenPerKg = from.fenPerKg;
        to.firstKgFen = from.firstKgFen;
        to.extraKgFen = from.extraKgFen;
        to.capacityKg = from.capacityKg;
        to.capacityLitres = from.capacityLitres;
        to.reefer = from.reefer;
    }

    private static long required(String field, Long value) {
        if (value == null) {
            throw ProblemException.invalidField("cost." + field, "required for this kind of cost");
        }
        return value;
    }

    private UUID nodeId(String field, String code) {
        LogisticsNode node = nodes.find("code", code).firstResult();
        if (node == null) {
            throw ProblemException.invalidField(field, "unknown node " + code);
        }
        return node.id;
    }

    Map<UUID, String> nodeCodes() {
        return nodes.listAll().stream().collect(Collectors.toMap(n -> n.id, n -> n.code));
    }

    private LogisticsLeg find(UUID id) {
        LogisticsLeg leg = legs.findById(id);
        if (leg == null) {
            throw ProblemException.notFound(WHAT, id);
        }
        return leg;
    }
}
