package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.paging.Cursor;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LogisticsNodeService {

    private static final String WHAT = "logistics node";

    @Inject LogisticsNodeRepository nodes;

    @Inject Clock clock;

    @Inject NetworkStore store;

    public Page<LogisticsNodeView> list(NodeLevel level, UUID parentId, String after, int limit) {
        List<String> keys = Cursor.decode(after, 1);
        return Page.of(nodes.page(level, parentId, keys.isEmpty() ? null : keys.get(0), limit), limit,
                LogisticsNodeView::of, n -> Cursor.encode(n.code));
    }

    public LogisticsNodeView get(UUID id) {
        return LogisticsNodeView.of(find(id));
    }

    @Transactional
    public LogisticsNodeView create(LogisticsNodeRequest request) {
        UUID id = ClientIds.newId(request.id(), nodes::findById, WHAT);
        if (nodes.codeTaken(request.code())) {
            throw ProblemException.alreadyExists(WHAT, request.code());
        }
        LogisticsNode node = new LogisticsNode();
        node.id = id;
        apply(node, request);
        node.created(OffsetDateTime.now(clock));
        nodes.persistAndFlush(node);
        store.changed();
        return LogisticsNodeView.of(node);
    }

    @Transactional
    public LogisticsNodeView replace(UUID id, String ifMatch, LogisticsNodeRequest request) {
        LogisticsNode node = find(id);
        ETags.requireCurrent(ifMatch, node.version, () -> LogisticsNodeView.of(node));
        if (request.id() != null && !request.id().equals(id)) {
            throw ProblemException.invalidField("id", "detail.id-mismatch");
        }
        if (!node.code.equals(request.code()) && nodes.codeTaken(request.code())) {
            throw ProblemException.alreadyExists(WHAT, request.code());
        }
        if (node.level != request.level() && nodes.hasChildren(id)) {
            throw ProblemException.invalidField("level", "detail.level-has-children");
        }
        apply(node, request);
        node.updatedAt = OffsetDateTime.now(clock);
        store.changed();
        nodes.flush();
        return LogisticsNodeView.of(node);
    }

    /** Keeps the network a proper tree: village under township under county, division codes nested likewise. */
    private void apply(LogisticsNode node, LogisticsNodeRequest request) {
        NodeLevel level = request.level();
        if (request.divisionCode().length() != level.divisionCodeLength()) {
            throw ProblemException.invalidField("divisionCode", "detail.division-length");
        }
        if (level.parentLevel() == null) {
            if (request.parentId() != null) {
                throw ProblemException.invalidField("parentId", "detail.county-has-no-parent");
            }
        } else {
            LogisticsNode parent = request.parentId() == null ? null : nodes.findById(request.parentId());
            if (parent == null || parent.level != level.parentLevel()) {
                throw ProblemException.invalidField("parentId", "detail.parent-level");
            }
            if (!request.divisionCode().startsWith(parent.divisionCode)) {
                throw ProblemException.invalidField("divisionCode", "detail.division-outside-parent");
            }
        }
        node.code = request.code();
        node.name = request.name().strip();
        node.nameEn = request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().strip();
        node.level = level;
        node.divisionCode = request.divisionCode();
        node.parentId = request.parentId();
        applyRouting(node, request);
    }

    private static void applyRouting(LogisticsNode node, LogisticsNodeRequest request) {
        if ((request.opens() == null) != (request.closes() == null)) {
            throw ProblemException.invalidField(request.opens() == null ? "opens" : "closes",
                    "opening hours need both opens and closes");
        }
        if (request.opens() != null && !request.opens().isBefore(request.closes())) {
            throw ProblemException.invalidField("closes", "the node closes before it opens");
        }
        if (request.opens() != null && request.openDays() != null && request.openDays().isEmpty()) {
            throw ProblemException.invalidField("openDays", "a node with opening hours opens on some weekday");
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ProblemException.invalidField("longitude", "coordinates need both latitude and longitude");
        }
        node.kind = request.kind();
        node.latitude = request.latitude();
        node.longitude = request.longitude();
        node.opens = request.opens();
        node.closes = request.closes();
        node.openDays = request.opens() == null || request.openDays() == null ? null
                : Weekdays.encode(request.openDays());
        node.coldCapable = request.coldCapable();
    }

    private LogisticsNode find(UUID id) {
        LogisticsNode node = nodes.findById(id);
        if (node == null) {
            throw ProblemException.notFound(WHAT, id);
        }
        return node;
    }
}
