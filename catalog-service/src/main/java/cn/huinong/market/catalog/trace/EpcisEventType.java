package cn.huinong.market.catalog.trace;

import java.util.Arrays;
import java.util.Optional;

/** The EPCIS 2.0 event types this repository captures (AssociationEvent is not needed by the platform yet). */
public enum EpcisEventType {

    ObjectEvent, AggregationEvent, TransformationEvent, TransactionEvent;

    public static Optional<EpcisEventType> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
