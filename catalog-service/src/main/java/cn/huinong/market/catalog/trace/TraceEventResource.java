package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * EPCIS 2.0 capture and query of a shop's events, its traces, chain check and seals. Capture takes the body as
 * text so both {@code application/json} and {@code application/ld+json} are read the same way.
 */
@Path("/api/catalog/trace")
@Tag(name = "Traceability")
@RolesAllowed({"seller", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TraceEventResource {

    @Inject TraceAccess access;

    @Inject EpcisParser parser;

    @Inject TraceCaptureService capture;

    @Inject TraceQueryService query;

    @Inject TraceGraphService graph;

    @Inject ChainVerifier verifier;

    @Inject TraceSealService seals;

    @Inject SealSigner signer;

    @Inject TraceExportService export;

    @Inject RecallService recalls;

    @POST
    @Path("shops/{shopId}/capture")
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json"})
    @Operation(summary = "Capture an EPCISDocument: every event or none")
    public Response captureDocument(@PathParam("shopId") UUID shopId, String body) {
        return capture(shopId, body, parser::document);
    }

    @POST
    @Path("shops/{shopId}/events")
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json"})
    @Operation(summary = "Capture one EPCIS event")
    public Response captureEvent(@PathParam("shopId") UUID shopId, String body) {
        return capture(shopId, body, json -> List.of(parser.event(json)));
    }

    @GET
    @Path("shops/{shopId}/events")
    @Operation(summary = "EPCIS query over the shop's events (eventType, GE_/LT_eventTime, EQ_bizStep, "
            + "MATCH_epcClass, MATCH_epc, EQ_bizTransaction), oldest capture first")
    public Page<JsonNode> events(@PathParam("shopId") UUID shopId, @Valid @BeanParam TraceQueryParams params) {
        Page<StoredEvent> page = query.events(params.toQuery(access.shop(shopId)), params.after, params.limit);
        return new Page<>(page.items().stream().map(StoredEvent::document).toList(), page.nextCursor());
    }

    @GET
    @Path("lots/{lotId}/backward")
    @Operation(summary = "Everything upstream of the lot, the events naming it and the certificates they cite")
    public TraceGraphService.Backward backward(@PathParam("lotId") UUID lotId) {
        return graph.backward(access.lot(lotId).epcClass);
    }

    @GET
    @Path("lots/{lotId}/forward")
    @Operation(summary = "Everything downstream of the lot and the orders that shipped it")
    public TraceGraphService.Forward forward(@PathParam("lotId") UUID lotId) {
        return graph.forward(access.lot(lotId).epcClass);
    }

    @GET
    @Path("lots/{lotId}/chain.csv")
    @Produces("text/csv")
    @Operation(summary = "The lot's whole chain (upstream and downstream) as CSV, one line per event")
    public Response csv(@PathParam("lotId") UUID lotId) {
        TraceLot lot = access.lot(lotId);
        return Response.ok(export.csv(lot), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"trace-" + lot.shortCode + ".csv\"").build();
    }

    @GET
    @Path("lots/{lotId}/recall")
    @Operation(summary = "What a recall of the lot reaches: downstream items and the orders that shipped them")
    public TraceGraphService.Forward recallReach(@PathParam("lotId") UUID lotId) {
        return recalls.reach(access.lot(lotId));
    }

    @GET
    @Path("shops/{shopId}/chain")
    @Operation(summary = "Re-check the shop's hash chain; names the first broken event")
    public ChainVerifier.Report verify(@PathParam("shopId") UUID shopId) {
        return verifier.verify(access.shop(shopId));
    }

    @GET
    @Path("shops/{shopId}/seals")
    @Operation(summary = "The shop's daily seals between two days (inclusive), oldest first")
    public List<TraceSealService.Seal> seals(@PathParam("shopId") UUID shopId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return seals.list(access.shop(shopId), from, to);
    }

    @POST
    @Path("shops/{shopId}/seals/{day}")
    @RolesAllowed("admin")
    @Operation(summary = "Seal a past day of the shop now (the nightly job does this on its own)")
    public TraceSealService.Seal seal(@PathParam("shopId") UUID shopId, @PathParam("day") LocalDate day) {
        return seals.seal(access.shop(shopId), day);
    }

    @GET
    @Path("seals/key")
    @PermitAll
    @Operation(summary = "The Ed25519 public key that checks the seals")
    public SealKeyView key() {
        return new SealKeyView("Ed25519", signer.keyId(), signer.publicKeyBase64().orElseThrow(
                () -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                        "No trace seal public key is configured.")));
    }

    /** Parses all, checks the caller's right to every lot named, then stores all in one transaction. */
    private Response capture(UUID shopId, String body, Function<JsonNode, List<EpcisEvent>> parse) {
        UUID shop = access.shop(shopId);
        List<EpcisEvent> events = parse.apply(EpcisJson.read(body));
        access.requireOwnLots(shop, events);
        return created(capture.capture(shop, events));
    }

    private static Response created(List<CapturedEvent> events) {
        CaptureView view = CaptureView.of(events);
        return Response.status(view.created() > 0 ? 201 : 200).entity(view).build();
    }
}
