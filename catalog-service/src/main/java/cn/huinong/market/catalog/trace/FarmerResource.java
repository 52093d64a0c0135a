package cn.huinong.market.catalog.trace;

import cn.huinong.market.catalog.trace.FarmerRequests.CartonRequest;
import cn.huinong.market.catalog.trace.FarmerRequests.ColdReadingRequest;
import cn.huinong.market.catalog.trace.FarmerRequests.HalalRequest;
import cn.huinong.market.catalog.trace.FarmerRequests.InspectionRequest;
import cn.huinong.market.catalog.trace.FarmerRequests.NewLotOriginRequest;
import cn.huinong.market.catalog.trace.FarmerRequests.OriginRequest;
import cn.huinong.market.catalog.trace.FarmerRequests.RecallRequest;
import cn.huinong.market.catalog.trace.FarmerRequests.ShipRequest;
import cn.huinong.market.catalog.trace.FarmerRequests.TransformRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The farmer's forms: each builds a proper EPCIS event about the shop's own lots. */
@Path("/api/catalog/trace")
@Tag(name = "Traceability")
@RolesAllowed({"seller", "admin"})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FarmerResource {

    @Inject TraceAccess access;

    @Inject FarmerTemplates templates;

    @Inject LotService lots;

    @Inject RecallService recalls;

    /** A new lot with its harvest or slaughter (and halal attestation, inspection) in one call. */
    public record NewLotOriginView(LotView lot, List<CapturedEvent> events) {
    }

    @POST
    @Path("shops/{shopId}/origins")
    @Operation(summary = "Create a lot and record its harvest or slaughter (plus halal and inspection) in one call")
    public Response newLot(@PathParam("shopId") UUID shopId, @Valid @NotNull NewLotOriginRequest r) {
        FarmerTemplates.NewLotOrigin done = templates.recordNewLot(access.shop(shopId), r.lot().toNewLot(), r.at(),
                r.quarantineNumber(), r.photoUrl(), r.attestHalal(), r.inspectionConformant(),
                r.inspectionPhotoUrl());
        return Response.status(201).entity(new NewLotOriginView(LotView.of(done.lot(), lots.codeOf(done.lot())),
                done.events())).build();
    }

    @POST
    @Path("lots/{lotId}/origin")
    @Operation(summary = "Record the lot's harvest or slaughter")
    public Response origin(@PathParam("lotId") UUID lotId, @Valid @NotNull OriginRequest r) {
        return onLot(lotId,
                (shop, lot) -> templates.recordOrigin(shop, lot, r.at(), r.quarantineNumber(), r.photoUrl()));
    }

    @POST
    @Path("lots/{lotId}/halal")
    @Operation(summary = "Attest the lot halal with the shop's certificate in force that day")
    public Response halal(@PathParam("lotId") UUID lotId, @Valid @NotNull HalalRequest r) {
        return onLot(lotId, (shop, lot) -> templates.attestHalal(shop, lot, r.certificateId(), r.at()));
    }

    @POST
    @Path("lots/{lotId}/inspections")
    @Operation(summary = "Record an inspection: conformant or not, with the report's photo")
    public Response inspect(@PathParam("lotId") UUID lotId, @Valid @NotNull InspectionRequest r) {
        return onLot(lotId, (shop, lot) -> templates.inspect(shop, lot, r.conformant(), r.at(), r.reportPhotoUrl()));
    }

    @POST
    @Path("lots/{lotId}/cold-readings")
    @Operation(summary = "Record a cold-chain temperature reading (°C)")
    public Response cold(@PathParam("lotId") UUID lotId, @Valid @NotNull ColdReadingRequest r) {
        return onLot(lotId, (shop, lot) -> templates.coldReading(shop, lot, r.celsius(), r.at(), r.deviceId()));
    }

    @POST
    @Path("shops/{shopId}/transformations")
    @Operation(summary = "Cut, split or pack: input lots become output lots and/or serialised packs")
    public Response transform(@PathParam("shopId") UUID shopId, @Valid @NotNull TransformRequest r) {
        return created(templates.transform(access.shop(shopId), r.inputLots(), orEmpty(r.outputLots()),
                orEmpty(r.packEpcs()), r.at()));
    }

    @POST
    @Path("shops/{shopId}/cartons")
    @Operation(summary = "Pack serialised packs into a carton")
    public Response carton(@PathParam("shopId") UUID shopId, @Valid @NotNull CartonRequest r) {
        return created(templates.carton(access.shop(shopId), r.cartonId(), r.packEpcs(), r.at()));
    }

    @POST
    @Path("shops/{shopId}/shipments")
    @Operation(summary = "Ship lots or packs for an order (the order id becomes the event's bizTransaction)")
    public Response ship(@PathParam("shopId") UUID shopId, @Valid @NotNull ShipRequest r) {
        return created(templates.ship(access.shop(shopId), r.orderId(), orEmpty(r.lots()), orEmpty(r.packEpcs()),
                r.at()));
    }

    @POST
    @Path("lots/{lotId}/recall")
    @Operation(summary = "Recall the lot and everything made from it; lists the affected orders")
    public RecallService.Recall recall(@PathParam("lotId") UUID lotId, @Valid @NotNull RecallRequest r) {
        return recalls.recall(access.lot(lotId), r.at());
    }

    /** Records an event about a lot of the caller's shop (404 for anyone else's). */
    private Response onLot(UUID lotId, BiFunction<UUID, UUID, CapturedEvent> record) {
        TraceLot lot = access.lot(lotId);
        return created(record.apply(lot.shopId, lot.id));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Response created(CapturedEvent event) {
        return Response.status(event.created() ? 201 : 200).entity(event).build();
    }
}
