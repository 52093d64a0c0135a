package cn.huinong.market.catalog.trace;

import cn.huinong.market.catalog.stock.RecallStockBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A recall reaches everything made from the lot: each downstream lot gets its own recall event (under the shop
 * that holds it), downstream packs and cartons one more, the products' free stock goes off sale, and the orders
 * that shipped any of it are listed for the shop and admins.
 */
@ApplicationScoped
public class RecallService {

    @Inject TraceGraphService graph;

    @Inject TraceLotRepository lots;

    @Inject FarmerTemplates templates;

    @Inject RecallStockBlock stock;

    public record RecalledLot(UUID lotId, String lotNumber, UUID productId, String eventId) {
    }

    /** @param otherItems packs and cartons downstream (recalled by one event) */
    public record Recall(UUID lotId, List<RecalledLot> lots, List<String> otherItems, int unitsWithdrawn,
            List<UUID> orders) {
    }

    @Transactional
    public Recall recall(TraceLot lot, OffsetDateTime at) {
        TraceGraphService.Forward forward = graph.forward(lot.epcClass);
        Map<String, TraceLot> affected = lotsAmong(forward.identifiers());
        List<RecalledLot> recalled = new ArrayList<>();
        for (TraceLot l : affected.values()) {
            CapturedEvent event = templates.recall(l.shopId, l.id, at);
            recalled.add(new RecalledLot(l.id, l.lotNumber, l.productId, event.eventId()));
        }
        List<String> others = forward.identifiers().stream().filter(i -> !affected.containsKey(i)).toList();
        if (!others.isEmpty()) {
            templates.recallItems(lot.shopId, others, at);
        }
        Set<UUID> products = new LinkedHashSet<>();
        affected.values().forEach(l -> products.add(l.productId));
        int withdrawn = products.stream().mapToInt(stock::withdraw).sum();
        return new Recall(lot.id, recalled, others, withdrawn, forward.orders());
    }

    /** What a recall of the lot reaches, without recalling: the affected orders and lots. */
    public TraceGraphService.Forward reach(TraceLot lot) {
        return graph.forward(lot.epcClass);
    }

    /** Lots among these identifiers, keyed by their epcClass, in the order given. */
    Map<String, TraceLot> lotsAmong(List<String> identifiers) {
        Map<String, TraceLot> out = new LinkedHashMap<>();
        if (identifiers.isEmpty()) {
            return out;
        }
        Map<String, TraceLot> found = new LinkedHashMap<>();
        lots.list("epcClass in ?1", identifiers).forEach(l -> found.put(l.epcClass, l));
        identifiers.stream().filter(found::containsKey).forEach(i -> out.put(i, found.get(i)));
        return out;
    }
}
