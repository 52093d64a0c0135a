package cn.huinong.market.catalog.halal;

import static cn.huinong.market.catalog.CatalogApi.buyer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.catalog.CatalogFixtures;
import cn.huinong.market.catalog.storage.StoredObjects;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestImages;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HalalCertificateResourceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final String seller = TestTokens.token("seller-1", "seller");
    private final String otherSeller = TestTokens.token("seller-2", "seller");
    private final String admin = TestTokens.token("admin-1", "admin");

    @Inject StoredObjects objects;

    UUID meat;
    UUID shop;

    @BeforeEach
    void fixtures() {
        TestDatabase.truncateAllExcept();
        meat = CatalogFixtures.category("meat", null, true);
        shop = CatalogFixtures.shop("seller-1");
        CatalogFixtures.shop("seller-2");
    }

    private String certificates() {
        return "/api/catalog/shops/" + shop + "/halal-certificates";
    }

    private Map<String, Object> body(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuer", "临夏州伊斯兰教协会");
        body.put("number", number);
        body.put("scope", "牛羊肉及其制品");
        body.put("categoryIds", List.of(meat.toString()));
        body.put("validFrom", TODAY.minusMonths(1).toString());
        body.put("validTo", TODAY.plusYears(1).toString());
        return body;
    }

    private Response register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(certificates());
    }

    private String registered() {
        return register(seller, body("LX-2025-001")).then().statusCode(201).extract().path("id");
    }

    @Test
    void sellerRegistersAndReadsTheirOwn() {
        String id = register(seller, body("LX-2025-001")).then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString(certificates() + "/"))
                .body("status", equalTo("ACTIVE")).body("coversToday", equalTo(true))
                .body("hasScan", equalTo(false)).body("categoryIds", equalTo(List.of(meat.toString())))
                .extract().path("id");
        given().auth().oauth2(seller).when().get(certificates() + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("number", equalTo("LX-2025-001"));
        given().auth().oauth2(seller).when().get(certificates()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(admin).when().get(certificates() + "/" + id).then().statusCode(200);
    }

    @Test
    void anotherSellerGets404AndBuyers403() {
        String id = registered();
        given().auth().oauth2(otherSeller).when().get(certificates() + "/" + id).then().statusCode(404);
        given().auth().oauth2(otherSeller).when().get(certificates()).then().statusCode(404);
        given().auth().oauth2(otherSeller).when().get(certificates() + "/" + id + "/history").then().statusCode(404);
        register(otherSeller, body("LX-2025-999")).then().statusCode(404);
        given().auth().oauth2(otherSeller).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("LX-2025-001")).when().put(certificates() + "/" + id).then().statusCode(404);
        given().auth().oauth2(otherSeller).when().post(certificates() + "/" + id + "/scan").then().statusCode(404);
        given().auth().oauth2(buyer()).when().get(certificates()).then().statusCode(403);
        given().when().get(certificates()).then().statusCode(401);
    }

    @Test
    void adminsListAcrossShopsByStatusAndPage() {
        UUID otherShop = CatalogFixtures.shop("seller-3");
        CatalogFixtures.certificate(otherShop, "SUSPENDED", TODAY.minusYears(1), TODAY.plusDays(10), meat);
        String mine = registered();
        given().auth().oauth2(admin).when().get("/api/catalog/halal-certificates").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].id", equalTo(mine));
        given().auth().oauth2(admin).queryParam("status", "SUSPENDED").when().get("/api/catalog/halal-certificates")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].shopId", equalTo(otherShop.toString()));
        String next = given().auth().oauth2(admin).queryParam("limit", 1).when().get("/api/catalog/halal-certificates")
                .then().statusCode(200).body("items", hasSize(1)).extract().path("nextCursor");
        given().auth().oauth2(admin).queryParam("limit", 1).queryParam("after", next)
                .when().get("/api/catalog/halal-certificates").then().statusCode(200)
                .body("items[0].shopId", equalTo(otherShop.toString())).body("nextCursor", equalTo(null));
        given().auth().oauth2(seller).when().get("/api/catalog/halal-certificates").then().statusCode(403);
    }

    @Test
    void validationAndUniqueness() {
        registered();
        register(seller, body("LX-2025-001")).then().statusCode(409);
        Map<String, Object> backwards = body("LX-2025-002");
        backwards.put("validTo", TODAY.minusYears(1).toString());
        register(seller, backwards).then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        Map<String, Object> unknownCategory = body("LX-2025-003");
        unknownCategory.put("categoryIds", List.of(UUID.randomUUID().toString()));
        register(seller, unknownCategory).then().statusCode(400).body("errors[0].field", equalTo("categoryIds"));
        Map<String, Object> noCategory = body("LX-2025-004");
        noCategory.put("categoryIds", List.of());
        register(seller, noCategory).then().statusCode(400);
    }

    @Test
    void sellerUpdatesWithIfMatch() {
        String id = registered();
        Map<String, Object> changed = body("LX-2025-001");
        changed.put("scope", "牛肉干");
        given().auth().oauth2(seller).contentType(ContentType.JSON).body(changed)
                .when().put(certificates() + "/" + id).then().statusCode(428);
        given().auth().oauth2(seller).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(certificates() + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("scope", equalTo("牛肉干"));
        given().auth().oauth2(seller).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(certificates() + "/" + id).then().statusCode(412).body("current.version", equalTo(1));
    }

    @Test
    void onlyAnAdminChangesTheStatusWithAReasonAndItIsAudited() {
        String id = registered();
        String status = certificates() + "/" + id + "/status";
        Map<String, Object> suspend = Map.of("status", "SUSPENDED", "reason", "协会通报暂停");
        given().auth().oauth2(seller).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(suspend)
                .when().put(status).then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "SUSPENDED"))
                .when().put(status).then().statusCode(400).body("errors[0].field", containsString("reason"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(suspend)
                .when().put(status).then().statusCode(428);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(suspend)
                .when().put(status).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("SUSPENDED")).body("coversToday", equalTo(false));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "ACTIVE", "reason", "x"))
                .when().put(status).then().statusCode(412);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("status", "REVOKED", "reason", "证书造假"))
                .when().put(status).then().statusCode(200).body("status", equalTo("REVOKED"));
        // Revoked is final, for the admin's status and for the seller's edits.
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("status", "ACTIVE", "reason", "误操作"))
                .when().put(status).then().statusCode(409);
        given().auth().oauth2(seller).contentType(ContentType.JSON).header("If-Match", "*")
                .body(body("LX-2025-001")).when().put(certificates() + "/" + id).then().statusCode(409);

        given().auth().oauth2(seller).when().get(certificates() + "/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("REGISTERED", "STATUS_CHANGED", "STATUS_CHANGED")))
                .body("items[0].actor", equalTo("seller-1"))
                .body("items[1].actor", equalTo("admin-1"))
                .body("items[1].fromStatus", equalTo("ACTIVE"))
                .body("items[1].toStatus", equalTo("SUSPENDED"))
                .body("items[1].reason", equalTo("协会通报暂停"))
                .body("items[1].at", notNullValue())
                .body("items[2].toStatus", equalTo("REVOKED"))
                .body("items[2].reason", equalTo("证书造假"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM halal_certificate_event WHERE certificate_id = ? "
                + "AND actor_sub = 'admin-1' AND to_status = 'REVOKED' AND at IS NOT NULL", UUID.fromString(id)));
    }

    @Test
    void anExpiredCertificateNoLongerCoversToday() {
        Map<String, Object> old = body("LX-2020-001");
        old.put("validFrom", TODAY.minusYears(3).toString());
        old.put("validTo", TODAY.minusDays(1).toString());
        register(seller, old).then().statusCode(201).body("status", equalTo("ACTIVE"))
                .body("coversToday", equalTo(false));
    }

    private static void put(String url, byte[] bytes) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPdfScanIsStoredAndOnlyOwnerAndAdminGetIt() throws Exception {
        String id = registered();
        String scan = certificates() + "/" + id + "/scan";
        given().auth().oauth2(seller).when().get(scan).then().statusCode(404);
        JsonPath upload = given().auth().oauth2(seller).when().post(scan).then().statusCode(200)
                .body("uploadUrl", notNullValue()).body("maxBytes", equalTo(10485760)).extract().jsonPath();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        put(upload.getString("uploadUrl"), pdf);
        given().auth().oauth2(seller).when().post(scan + "/completion").then().statusCode(200)
                .body("hasScan", equalTo(true)).header("ETag", "\"1\"");
        assertTrue(objects.size("uploads/certificates/" + id).isEmpty(), "the upload is moved, not copied");

        JsonPath link = given().auth().oauth2(admin).when().get(scan).then().statusCode(200)
                .body("contentType", equalTo("application/pdf")).extract().jsonPath();
        HttpResponse<byte[]> fetched = HTTP.send(HttpRequest.newBuilder(URI.create(link.getString("url"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fetched.statusCode());
        assertArrayEquals(pdf, fetched.body());
        given().auth().oauth2(otherSeller).when().get(scan).then().statusCode(404);
        given().auth().oauth2(seller).when().get(certificates() + "/" + id + "/history").then()
                .body("items.action", equalTo(List.of("REGISTERED", "SCAN_ATTACHED")));
    }

    @Test
    void aScanThatIsNotJpegPngOrPdfIsRejectedAndDeleted() {
        String id = registered();
        String scan = certificates() + "/" + id + "/scan";
        String url = given().auth().oauth2(seller).when().post(scan).then().statusCode(200)
                .extract().path("uploadUrl");
        put(url, "<html>证书</html>".getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(seller).header("Accept-Language", "en").when().post(scan + "/completion")
                .then().statusCode(422).body("detail", containsString("JPEG, PNG or PDF"));
        assertTrue(objects.size("uploads/certificates/" + id).isEmpty());
        given().auth().oauth2(seller).when().get(certificates() + "/" + id).then().body("hasScan", equalTo(false));
    }

    @Test
    void aJpegScanIsAccepted() {
        String id = registered();
        String scan = certificates() + "/" + id + "/scan";
        String url = given().auth().oauth2(seller).when().post(scan).then().statusCode(200).extract().path("uploadUrl");
        put(url, TestImages.jpeg(TestImages.picture(300, 400, false), 0.8f));
        given().auth().oauth2(seller).when().post(scan + "/completion").then().statusCode(200)
                .body("hasScan", equalTo(true));
        given().auth().oauth2(seller).when().get(scan).then().statusCode(200)
                .body("contentType", equalTo("image/jpeg"));
    }
}
