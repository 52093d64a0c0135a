package cn.huinong.market.catalog.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A lot's printable label: its trace code on the resolver host, the product's name, the lot and its date. */
@ApplicationScoped
public class TraceLabelService {

    @Inject TraceLabels labels;

    @Inject LotService lots;

    @Inject TraceFacts facts;

    @Inject TraceConfig config;

    public byte[] png(TraceLot lot) {
        return labels.png(uri(lot), text(lot));
    }

    public String svg(TraceLot lot) {
        return labels.svg(uri(lot), text(lot));
    }

    private String uri(TraceLot lot) {
        return lots.codeOf(lot).uri(config.resolverBase());
    }

    private TraceLabels.LabelText text(TraceLot lot) {
        String name = facts.product(lot.productId).map(TraceFacts.ProductFacts::nameZh).orElse("");
        return new TraceLabels.LabelText(name, lot.lotNumber, lot.originDate.toString());
    }
}
