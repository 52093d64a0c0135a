package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The few things a farmer records, each turned into a proper EPCIS 2.0 event about the shop's own lots: harvest or
 * slaughter, halal attestation, inspection, cutting/splitting/packing, cartons, cold-chain readings and recalls.
 * The mobile web's three-tap forms call these; the REST layer adds the ownership check of the caller.
 */
@ApplicationScoped
public class FarmerTemplates {

    /** Namespace of the platform's own event fields (photos), declared in each event's context. */
    public static final String NAMESPACE = "https://huinong.market/ns/trace/";
    public static final String CERTIFICATE_BASE = "https://huinong.market/certificates/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject TraceLotRepository lots;

    @Inject TraceFacts facts;

    @Inject LotService lotService;

    @Inject EpcisParser parser;

    @Inject TraceCaptureService capture;

    /** Harvest (produce) or slaughter (animals): the lot comes into being; quarantine number if the law asks one. */
    @Transactional
    public CapturedEvent recordOrigin(UUID shopId, UUID lotId, OffsetDateTime at, String quarantineNumber,
            String photoUrl) {
        TraceLot lot = ownLot(shopId, lotId);
        ObjectNode e = event("ObjectEvent", at);
        e.put("action", "ADD");
        e.put("bizStep", "commissioning");
        e.put("disposition", "active");
        quantity(e.putArray("quantityList"), lot.epcClass, lot.quantity, lot.unit);
        if (quarantineNumber != null && !quarantineNumber.isBlank()) {
            e.putArray("certificationInfo").add("urn:huinong:quarantine:" + quarantineNumber.strip());
        }
        photo(e, photoUrl);
        return store(shopId, e);
    }

    /** A lot made and its first events recorded, in one transaction. */
    public record NewLotOrigin(TraceLot lot, List<CapturedEvent> events) {
    }

    /** The three-tap form: a new lot, its harvest or slaughter, and if asked its halal attestation and inspection. */
    @Transactional
    public NewLotOrigin recordNewLot(UUID shopId, LotService.NewLot request, OffsetDateTime at,
            String quarantineNumber, String photoUrl, boolean attestHalal, Boolean inspectionConformant,
            String inspectionPhotoUrl) {
        TraceLot lot = lotService.create(shopId, request);
        List<CapturedEvent> events = new ArrayList<>();
        events.add(recordOrigin(shopId, lot.id, at, quarantineNumber, photoUrl));
        if (attestHalal) {
            events.add(attestHalal(shopId, lot.id, null, at));
        }
        if (inspectionConformant != null) {
            events.add(inspect(shopId, lot.id, inspectionConformant, at, inspectionPhotoUrl));
        }
        return new NewLotOrigin(lot, events);
    }

    /**
     * Links the halal certificate that covers the lot's product on the day (the halal feature's rule) to the lot. A
     * seller who names a certificate must name that one; naming none lets the platform pick it.
     */
    @Transactional
    public CapturedEvent attestHalal(UUID shopId, UUID lotId, UUID certificateId, OffsetDateTime at) {
        TraceLot lot = ownLot(shopId, lotId);
        TraceFacts.CertificateFacts certificate = facts.halalCover(lot.productId, at.toLocalDate())
                .filter(c -> c.shopId().equals(shopId) && c.inForceOn(at.toLocalDate()))
                .filter(c -> certificateId == null || c.id().equals(certificateId))
                .orElseThrow(() -> ProblemException.invalidField("certificateId",
                        "No halal certificate of the shop covering this product is in force on that day."));
        ObjectNode e = observation(lot, at, "inspecting", "conformant");
        e.putArray("certificationInfo").add(CERTIFICATE_BASE + "halal/" + certificate.id());
        // the CBV hash leaves certificationInfo out: without this the attestation and a plain inspection of the
        // same lot at the same minute would be one event
        e.put("huinong:attestation", "halal");
        return store(shopId, e);
    }

    /** An inspection: conformant or not, with the report's photo. */
    @Transactional
    public CapturedEvent inspect(UUID shopId, UUID lotId, boolean conformant, OffsetDateTime at,
            String reportPhotoUrl) {
        TraceLot lot = ownLot(shopId, lotId);
        ObjectNode e = observation(lot, at, "inspecting", conformant ? "conformant" : "non_conformant");
        photo(e, reportPhotoUrl);
        return store(shopId, e);
    }

    /** Cutting, splitting or packing: input lots become output lots and/or serialised packs. */
    @Transactional
    public CapturedEvent transform(UUID shopId, List<UUID> inputLots, List<UUID> outputLots, List<String> packEpcs,
            OffsetDateTime at) {
        ObjectNode e = event("TransformationEvent", at);
        e.put("bizStep", "creating_class_instance");
        ArrayNode in = e.putArray("inputQuantityList");
        inputLots.forEach(id -> quantity(in, ownLot(shopId, id).epcClass, null, null));
        if (!outputLots.isEmpty()) {
            ArrayNode out = e.putArray("outputQuantityList");
            outputLots.forEach(id -> {
                TraceLot lot = ownLot(shopId, id);
                quantity(out, lot.epcClass, lot.quantity, lot.unit);
            });
        }
        if (!packEpcs.isEmpty()) {
            ArrayNode packs = e.putArray("outputEPCList");
            packEpcs.forEach(packs::add);
        }
        return store(shopId, e);
    }

    /** Packs into a carton (its SSCC or platform serial). */
    @Transactional
    public CapturedEvent carton(UUID shopId, String cartonId, List<String> packEpcs, OffsetDateTime at) {
        ObjectNode e = event("AggregationEvent", at);
        e.put("action", "ADD");
        e.put("bizStep", "packing");
        e.put("disposition", "container_closed");
        e.put("parentID", cartonId);
        ArrayNode children = e.putArray("childEPCs");
        packEpcs.forEach(children::add);
        return store(shopId, e);
    }

    /** A cold-chain thermometer reading of a lot, in °C. */
    @Transactional
    public CapturedEvent coldReading(UUID shopId, UUID lotId, BigDecimal celsius, OffsetDateTime at,
            String deviceId) {
        TraceLot lot = ownLot(shopId, lotId);
        ObjectNode e = observation(lot, at, "sensor_reporting", null);
        ObjectNode element = e.putArray("sensorElementList").addObject();
        ObjectNode metadata = element.putObject("sensorMetadata");
        metadata.put("time", at.toString());
        if (deviceId != null) {
            metadata.put("deviceID", deviceId);
        }
        ObjectNode report = element.putArray("sensorReport").addObject();
        report.put("type", "Temperature");
        report.put("value", celsius);
        report.put("uom", "CEL");
        return store(shopId, e);
    }

    /** Ships lots and/or serialised packs for one platform order (its id as the bizTransaction). */
    @Transactional
    public CapturedEvent ship(UUID shopId, UUID orderId, List<UUID> lotIds, List<String> packEpcs,
            OffsetDateTime at) {
        if (lotIds.isEmpty() && packEpcs.isEmpty()) {
            throw ProblemException.invalidField("lots", "Name at least one lot or pack.");
        }
        ObjectNode e = event("ObjectEvent", at);
        e.put("action", "OBSERVE");
        e.put("bizStep", "shipping");
        e.put("disposition", "in_transit");
        if (!packEpcs.isEmpty()) {
            ArrayNode epcs = e.putArray("epcList");
            packEpcs.forEach(epcs::add);
        }
        if (!lotIds.isEmpty()) {
            ArrayNode q = e.putArray("quantityList");
            lotIds.forEach(id -> quantity(q, ownLot(shopId, id).epcClass, null, null));
        }
        ObjectNode transaction = e.putArray("bizTransactionList").addObject();
        transaction.put("type", "po");
        transaction.put("bizTransaction", TraceGraphService.ORDER_PREFIX + orderId);
        return store(shopId, e);
    }

    /** Recalls a lot: its disposition becomes recalled (what follows downstream is the recall service's job). */
    @Transactional
    public CapturedEvent recall(UUID shopId, UUID lotId, OffsetDateTime at) {
        TraceLot lot = ownLot(shopId, lotId);
        return store(shopId, observation(lot, at, "holding", "recalled"));
    }

    /** Recalls serialised packs and cartons (made from a recalled lot) in one event. */
    @Transactional
    public CapturedEvent recallItems(UUID shopId, List<String> epcs, OffsetDateTime at) {
        ObjectNode e = event("ObjectEvent", at);
        e.put("action", "OBSERVE");
        e.put("bizStep", "holding");
        e.put("disposition", "recalled");
        ArrayNode list = e.putArray("epcList");
        epcs.forEach(list::add);
        return store(shopId, e);
    }

    private TraceLot ownLot(UUID shopId, UUID lotId) {
        return lots.findByIdOptional(lotId).filter(l -> l.shopId.equals(shopId))
                .orElseThrow(() -> ProblemException.notFound("lot", lotId));
    }

    /** An ObjectEvent observing a lot (no quantity: the lot as a whole). */
    private static ObjectNode observation(TraceLot lot, OffsetDateTime at, String bizStep, String disposition) {
        ObjectNode e = event("ObjectEvent", at);
        e.put("action", "OBSERVE");
        e.put("bizStep", bizStep);
        if (disposition != null) {
            e.put("disposition", disposition);
        }
        quantity(e.putArray("quantityList"), lot.epcClass, null, null);
        return e;
    }

    private static ObjectNode event(String type, OffsetDateTime at) {
        ObjectNode e = JSON.createObjectNode();
        ArrayNode context = e.putArray("@context");
        context.add(CbvVocabulary.CONTEXT_URL);
        context.addObject().put("huinong", NAMESPACE);
        e.put("type", type);
        e.put("eventTime", at.toString());
        e.put("eventTimeZoneOffset", at.getOffset().getId().equals("Z") ? "+00:00" : at.getOffset().getId());
        return e;
    }

    private static void quantity(ArrayNode list, String epcClass, BigDecimal quantity, String unit) {
        ObjectNode q = list.addObject();
        q.put("epcClass", epcClass);
        if (quantity != null) {
            q.put("quantity", quantity);
            String uom = uom(unit);
            if (uom != null) {
                q.put("uom", uom);
            }
        }
    }

    /** UN/CEFACT Rec. 20 code of a seller's unit, when it is one we know (else the quantity goes without). */
    static String uom(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.strip();
        if (u.matches("[A-Z0-9]{2,3}")) {
            return u;
        }
        return switch (u.toLowerCase(java.util.Locale.ROOT)) {
            case "kg", "公斤", "千克" -> "KGM";
            case "g", "克" -> "GRM";
            case "t", "吨" -> "TNE";
            case "斤" -> null; // half a kilogram: no UN/CEFACT code; the lot row keeps it
            case "piece", "pcs", "个", "件", "只", "头" -> "H87";
            case "l", "升" -> "LTR";
            default -> null;
        };
    }

    private static void photo(ObjectNode e, String photoUrl) {
        if (photoUrl != null && !photoUrl.isBlank()) {
            e.put("huinong:photo", photoUrl);
        }
    }

    private CapturedEvent store(UUID shopId, ObjectNode event) {
        return capture.capture(shopId, List.of(parser.event(event))).get(0);
    }
}
