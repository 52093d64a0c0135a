package cn.huinong.market.catalog.trace;

import static cn.huinong.market.catalog.trace.TraceWorld.admin;
import static cn.huinong.market.catalog.trace.TraceWorld.buyer;
import static cn.huinong.market.catalog.trace.TraceWorld.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.catalog.CatalogFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A slaughter with its halal and quarantine certificates, cutting into packs, a cold-chain excursion, shipping to an
 * order and a recall, all through the farmer forms; then what the public sees of it.
 */
@QuarkusTest
class TraceFarmerApiTest {

    private final OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).withNano(0);

    @Test
    void fromSlaughterToRecallThePublicSummaryTellsTheStoryWithoutNamingAnyone() {
        TraceWorld a = new TraceWorld();
        TraceWorld b = new TraceWorld();
        UUID order = UUID.randomUUID();
        String slaughterDay = LocalDate.now().minusDays(2).toString();
        var created = a.post(a.token(), a.base() + "/origins", Map.of("lot", Map.of("productId", a.product,
                "lotNumber", "NX-0100", "origin", "SLAUGHTER", "originDate", slaughterDay, "countyCode", "622921",
                "villageName", "马家村", "quantity", 182.5, "unit", "kg"), "at", t0.toString(), "quarantineNumber",
                "GS-622921-0001873", "photoUrl", "https://img.huinong.market/s/abc.jpg", "attestHalal", true,
                "inspectionConformant", true)).statusCode(201).body("events", hasSize(3))
                .body("lot.origin", equalTo("SLAUGHTER")).extract();
        String carcass = created.path("lot.id");
        String brisket = a.lot("NX-0100-BR", "DERIVED");
        String pack = "urn:epc:id:sgtin:6901234.156789.NX0100-1";
        a.post(a.token(), a.base() + "/transformations", Map.of("inputLots", List.of(carcass), "outputLots",
                List.of(brisket), "at", t0.plusHours(2).toString())).statusCode(201);
        a.post(a.token(), a.base() + "/transformations", Map.of("inputLots", List.of(brisket), "packEpcs",
                List.of(pack, "urn:epc:id:sgtin:6901234.156789.NX0100-2"), "at", t0.plusHours(6).toString()))
                .statusCode(201);
        for (Object[] r : new Object[][]{{3.0, 4}, {9.0, 5}, {8.0, 5.5}, {3.5, 6}}) {
            a.post(a.token(), "/api/catalog/trace/lots/" + brisket + "/cold-readings", Map.of("celsius", r[0], "at",
                    t0.plusMinutes((long) (((Number) r[1]).doubleValue() * 60)).toString(), "deviceId", "reefer-7"))
                    .statusCode(201);
        }
        a.post(a.token(), a.base() + "/shipments", Map.of("orderId", order, "packEpcs", List.of(pack), "at",
                t0.plusHours(7).toString())).statusCode(201);
        // another seller may neither record on this lot nor ship it
        b.post(b.token(), "/api/catalog/trace/lots/" + brisket + "/inspections", Map.of("conformant", false, "at",
                t0.toString())).statusCode(404);
        b.post(b.token(), b.base() + "/shipments", Map.of("orderId", order, "lots", List.of(brisket), "at",
                t0.toString())).statusCode(404);
        b.post(buyer(), "/api/catalog/trace/lots/" + brisket + "/inspections", Map.of("conformant", false, "at",
                t0.toString())).statusCode(403);

        String code = get(a.token(), "/api/catalog/trace/lots/" + brisket).extract().path("traceCode");
        String summary = given().queryParam("code", "https://trace.huinong.market" + code)
                .get("/api/catalog/trace/public/summary").then().statusCode(200)
                .body("product.nameZh", equalTo("手撕牛肉干"))
                .body("lot.lotNumber", equalTo("NX-0100-BR"))
                .body("origins[0].villageName", equalTo("马家村"))
                .body("origins[0].kind", equalTo("SLAUGHTER"))
                .body("origins[0].date", equalTo(slaughterDay))
                .body("halal[0].number", equalTo("QZ-" + a.certificate))
                .body("halal[0].attested", equalTo(true))
                .body("quarantine[0].number", equalTo("GS-622921-0001873"))
                .body("inspections", hasSize(1))
                .body("inspections[0].result", equalTo("conformant"))
                .body("coldChain.readings", equalTo(4))
                .body("coldChain.flagged", equalTo(true))
                .body("coldChain.excursions[0].minutes", equalTo(60))
                .body("steps.bizStep", hasItems("commissioning", "creating_class_instance", "shipping"))
                .body("recall.recalled", equalTo(false))
                .extract().asString();
        assertFalse(summary.contains(order.toString()), "no order on the public page");
        assertFalse(summary.contains("13800000000"), "no phone on the public page");
        assertFalse(summary.contains(a.seller), "no account on the public page");

        get(a.token(), "/api/catalog/trace/lots/" + carcass + "/forward").statusCode(200)
                .body("orders", equalTo(List.of(order.toString())));
        get(a.token(), "/api/catalog/trace/lots/" + brisket + "/backward").statusCode(200)
                .body("certificates", hasItem("urn:huinong:quarantine:GS-622921-0001873"));
        get(b.token(), "/api/catalog/trace/lots/" + carcass + "/forward").statusCode(404);

        // the recall: every derived lot and pack, the stock off sale, the orders named to the shop only
        get(b.token(), "/api/catalog/trace/lots/" + carcass + "/recall").statusCode(404);
        b.post(b.token(), "/api/catalog/trace/lots/" + carcass + "/recall", Map.of("at", t0.plusHours(8)
                .toString())).statusCode(404);
        b.post(buyer(), "/api/catalog/trace/lots/" + carcass + "/recall", Map.of("at", t0.toString()))
                .statusCode(403);
        a.post(a.token(), "/api/catalog/trace/lots/" + carcass + "/recall", Map.of("at", t0.plusHours(8)
                .toString())).statusCode(200)
                .body("lots.lotNumber", equalTo(List.of("NX-0100", "NX-0100-BR")))
                .body("otherItems", hasSize(2))
                .body("unitsWithdrawn", equalTo(37))
                .body("orders", equalTo(List.of(order.toString())));
        assertEquals(3, TraceDb.count("SELECT count(*) FROM trace_event WHERE shop_id = ? AND disposition = ?",
                a.shop, CbvVocabulary.CBV + "Disp-recalled"));
        assertEquals(3, TraceDb.count("SELECT on_hand FROM sku_stock WHERE sku_id = ?", a.sku));
        get(admin(), "/api/catalog/trace/lots/" + brisket + "/recall").statusCode(200)
                .body("orders", equalTo(List.of(order.toString())));
        given().queryParam("code", code).get("/api/catalog/trace/public/summary").then().statusCode(200)
                .body("recall.recalled", equalTo(true));

        String csv = given().auth().oauth2(a.token()).get("/api/catalog/trace/lots/" + carcass + "/chain.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", TraceExportService.HEADER), lines[0]);
        assertTrue(csv.contains(TraceGraphService.ORDER_PREFIX + order), "the shop sees which order shipped it");
        assertEquals(1 + TraceDb.count("SELECT count(*) FROM trace_event WHERE shop_id = ?", a.shop), lines.length);
        get(b.token(), "/api/catalog/trace/lots/" + carcass + "/chain.csv").statusCode(404);
    }

    @Test
    void aLabelCodeThatIsWrongOrUnknownIsAProblem() {
        given().queryParam("code", "https://trace.huinong.market/01/6901234567893/10/A1")
                .get("/api/catalog/trace/public/summary").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("code", "/01/06901234567892/10/NOPE-" + UUID.randomUUID().toString().substring(0, 8))
                .get("/api/catalog/trace/public/summary").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void halalAttestationNeedsACertificateInForce() {
        TraceWorld a = new TraceWorld();
        String lot = a.lot("NX-0200", "SLAUGHTER");
        a.post(a.token(), "/api/catalog/trace/lots/" + lot + "/halal", Map.of("at", t0.toString())).statusCode(201);
        CatalogFixtures.update("UPDATE halal_certificate SET status = 'SUSPENDED' WHERE id = ?", a.certificate);
        a.post(a.token(), "/api/catalog/trace/lots/" + lot + "/halal", Map.of("at", t0.plusHours(1).toString()))
                .statusCode(400).body("errors[0].field", equalTo("certificateId"));
    }
}
