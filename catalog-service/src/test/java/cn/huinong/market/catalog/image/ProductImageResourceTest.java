package cn.huinong.market.catalog.image;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.catalog.CatalogFixtures;
import cn.huinong.market.catalog.storage.StoredObjects;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestImages;
import cn.huinong.market.common.testing.TestTokens;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Product images end to end against the in-process S3 server: a real presigned PUT over HTTP, then completion,
 * then the variants fetched back by their listed URLs.
 */
@QuarkusTest
class ProductImageResourceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String seller = TestTokens.token("seller-1", "seller");
    private final String otherSeller = TestTokens.token("seller-2", "seller");
    private final String admin = TestTokens.token("admin-1", "admin");

    @Inject StoredObjects objects;

    @Inject ProductImageService service;

    UUID shop;
    UUID product;

    @BeforeEach
    void fixtures() {
        TestDatabase.truncateAllExcept();
        UUID category = CatalogFixtures.category("beef", null, true);
        shop = CatalogFixtures.shop("seller-1");
        product = CatalogFixtures.product(shop, category, "DRAFT");
    }

    private String images() {
        return "/api/catalog/products/" + product + "/images";
    }

    private JsonPath startUpload(String token) {
        return given().auth().oauth2(token) // no body: the service picks the image id
                .when().post(images())
                .then().statusCode(201)
                .body("imageId", notNullValue()).body("uploadUrl", notNullValue()).body("expiresAt", notNullValue())
                .extract().jsonPath();
    }

    private static void put(String url, byte[] bytes, String declaredType) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", declaredType)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "presigned PUT: " + response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] get(String url) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), "presigned GET of " + url);
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Upload and complete; returns the completion response. */
    private io.restassured.response.Response upload(byte[] bytes, String declaredType) {
        JsonPath upload = startUpload(seller);
        put(upload.getString("uploadUrl"), bytes, declaredType);
        return given().auth().oauth2(seller).contentType(ContentType.JSON)
                .when().post(images() + "/" + upload.getString("imageId") + "/completion");
    }

    /** Uploading these bytes is refused on completion with this status and (English) detail, and they are gone. */
    private void assertRefusedAndDeleted(byte[] bytes, String declaredType, int status, String detail) {
        JsonPath upload = startUpload(seller);
        put(upload.getString("uploadUrl"), bytes, declaredType);
        given().auth().oauth2(seller).header("Accept-Language", "en")
                .when().post(images() + "/" + upload.getString("imageId") + "/completion")
                .then().statusCode(status).body("detail", containsString(detail));
        assertTrue(objects.size(uploadKey(upload.getString("imageId"))).isEmpty());
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static String uploadKey(String imageId) {
        return "uploads/images/" + imageId;
    }

    @Test
    void jpegWithGpsComesOutWithoutAnyExifAndInThreeWidths() throws Exception {
        byte[] photo = TestImages.withGpsExif(TestImages.jpeg(TestImages.picture(1200, 800, false), 0.9f), 1);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        GpsDirectory gps = before.getFirstDirectoryOfType(GpsDirectory.class);
        assertNotNull(gps, "the fixture really carries GPS");
        assertEquals(TestImages.LATITUDE, gps.getGeoLocation().getLatitude(), 0.01);

        JsonPath done = upload(photo, "image/jpeg").then().statusCode(200)
                .body("width", equalTo(1200)).body("height", equalTo(800)).body("position", equalTo(0))
                .extract().jsonPath();
        Map<String, String> variants = done.getMap("variants");
        assertEquals(List.of("160", "320", "640"), new ArrayList<>(variants.keySet()));
        for (Map.Entry<String, String> variant : variants.entrySet()) {
            byte[] jpeg = get(variant.getValue());
            BufferedImage image = read(jpeg);
            int width = Integer.parseInt(variant.getKey());
            assertEquals(width, image.getWidth(), "width of variant " + variant.getKey());
            assertEquals(Math.round(width * 800 / 1200.0), image.getHeight(), 1, "aspect ratio kept");
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
            assertNull(after.getFirstDirectoryOfType(GpsDirectory.class), "GPS stripped");
            assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class), "EXIF stripped");
            for (Directory directory : after.getDirectories()) {
                assertFalse(directory.getName().contains("Exif") || directory.getName().contains("XMP"),
                        "no metadata left: " + directory.getName());
            }
        }
        assertTrue(objects.size(uploadKey(done.getString("imageId"))).isEmpty(), "the original is deleted");
    }

    @Test
    void theClientMayChooseTheImageIdAndRetrySafely() {
        UUID imageId = UUID.randomUUID();
        String first = given().auth().oauth2(seller).contentType(ContentType.JSON).body(Map.of("imageId", imageId))
                .when().post(images()).then().statusCode(201).body("imageId", equalTo(imageId.toString()))
                .extract().path("uploadUrl");
        String again = given().auth().oauth2(seller).contentType(ContentType.JSON).body(Map.of("imageId", imageId))
                .when().post(images()).then().statusCode(201).body("imageId", equalTo(imageId.toString()))
                .extract().path("uploadUrl");
        put(again, TestImages.jpeg(TestImages.picture(300, 200, false), 0.8f), "image/jpeg");
        given().auth().oauth2(seller).when().post(images() + "/" + imageId + "/completion").then().statusCode(200);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM product_image WHERE product_id = ?", product));
        assertNotNull(first);
    }

    @Test
    void exifOrientationIsAppliedBeforeTheMetadataGoes() throws Exception {
        // Stored landscape, EXIF says "turn 90° clockwise": the buyer must see a portrait photo.
        byte[] photo = TestImages.withGpsExif(TestImages.jpeg(TestImages.picture(1200, 800, false), 0.9f), 6);
        JsonPath done = upload(photo, "image/jpeg").then().statusCode(200)
                .body("width", equalTo(800)).body("height", equalTo(1200)).extract().jsonPath();
        BufferedImage large = read(get(done.getString("variants.'640'")));
        assertEquals(640, large.getWidth());
        assertEquals(960, large.getHeight());
    }

    @Test
    void transparentPngWorks() throws Exception {
        BufferedImage logo = new BufferedImage(500, 500, BufferedImage.TYPE_INT_ARGB);
        logo.setRGB(10, 10, 0xFF336699);
        JsonPath done = upload(TestImages.png(logo), "image/png").then().statusCode(200)
                .body("width", equalTo(500)).extract().jsonPath();
        BufferedImage small = read(get(done.getString("variants.'160'")));
        assertEquals(160, small.getWidth());
        assertEquals(0xFFFFFF, small.getRGB(100, 100) & 0xFFFFFF, 0x030303, "transparent became white");
        // Narrower than 640: not upscaled.
        assertEquals(500, read(get(done.getString("variants.'640'"))).getWidth());
    }

    @Test
    void webpWorks() throws Exception {
        byte[] webp;
        try (InputStream in = getClass().getResourceAsStream("/images/gradient-96x64.webp")) {
            webp = in.readAllBytes();
        }
        JsonPath done = upload(webp, "application/octet-stream").then().statusCode(200)
                .body("width", equalTo(96)).body("height", equalTo(64)).extract().jsonPath();
        assertEquals(96, read(get(done.getString("variants.'160'"))).getWidth());
    }

    @Test
    void aTextFileNamedJpgIsRejectedAndDeleted() {
        JsonPath upload = startUpload(seller);
        String imageId = upload.getString("imageId");
        put(upload.getString("uploadUrl"), "这不是图片 — not a picture at all".getBytes(), "image/jpeg");
        assertTrue(objects.size(uploadKey(imageId)).isPresent());

        given().auth().oauth2(seller).header("Accept-Language", "en")
                .when().post(images() + "/" + imageId + "/completion")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("not a JPEG, PNG or WebP"));
        assertTrue(objects.size(uploadKey(imageId)).isEmpty(), "refused upload deleted");
        assertEquals(1, TestDatabase.count(
                "SELECT count(*) FROM product_image WHERE id = ? AND status = 'REJECTED'", UUID.fromString(imageId)));
        // It stays refused, and lists never show it.
        given().auth().oauth2(seller).when().post(images() + "/" + imageId + "/completion").then().statusCode(409);
        given().auth().oauth2(seller).when().get(images()).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void jpegMagicFollowedByGarbageIsRejected() {
        byte[] fake = new byte[2048];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        upload(fake, "image/jpeg").then().statusCode(422);
    }

    @Test
    void anOversizedUploadIsRejectedWith413AndDeleted() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] jpeg = TestImages.jpeg(TestImages.picture(64, 64, false), 0.9f);
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        assertRefusedAndDeleted(big, "image/jpeg", 413, "larger than 10 MB");
    }

    @Test
    void tooManyPixelsIsRejectedFromTheHeaderWithoutDecoding() {
        byte[] bomb = TestImages.pngBomb(20_000, 20_000); // 400 MP claimed in a few dozen bytes
        assertTrue(bomb.length < 100);
        assertRefusedAndDeleted(bomb, "image/png", 422, "20,000 × 20,000");
    }

    @Test
    void completingBeforeUploadingIsA422AndTheUploadCanStillHappen() {
        JsonPath upload = startUpload(seller);
        String imageId = upload.getString("imageId");
        given().auth().oauth2(seller).when().post(images() + "/" + imageId + "/completion").then().statusCode(422);
        put(upload.getString("uploadUrl"), TestImages.jpeg(TestImages.picture(400, 300, false), 0.8f), "image/jpeg");
        given().auth().oauth2(seller).when().post(images() + "/" + imageId + "/completion").then().statusCode(200);
        // Completing again answers the same image.
        given().auth().oauth2(seller).when().post(images() + "/" + imageId + "/completion").then().statusCode(200)
                .body("imageId", equalTo(imageId));
    }

    @Test
    void anotherSellerGets404EverywhereAndBuyersSeeOnlyProductsOnSale() {
        String imageId = upload(TestImages.jpeg(TestImages.picture(400, 300, false), 0.8f), "image/jpeg")
                .then().statusCode(200).extract().path("imageId");
        given().auth().oauth2(otherSeller).contentType(ContentType.JSON).body("{}").when().post(images())
                .then().statusCode(404);
        given().auth().oauth2(otherSeller).when().post(images() + "/" + imageId + "/completion").then().statusCode(404);
        given().auth().oauth2(otherSeller).when().delete(images() + "/" + imageId).then().statusCode(404);
        given().auth().oauth2(otherSeller).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("imageIds", List.of(imageId))).when().put(images() + "/order").then().statusCode(404);
        given().auth().oauth2(otherSeller).when().get(images()).then().statusCode(404);
        given().when().get(images()).then().statusCode(404);

        given().auth().oauth2(admin).when().get(images()).then().statusCode(200).body("items", hasSize(1));
        CatalogFixtures.update("UPDATE product SET status = 'APPROVED' WHERE id = ?", product);
        String url = given().when().get(images()).then().statusCode(200).body("items", hasSize(1))
                .extract().path("items[0].variants.'320'");
        assertEquals(320, assertImage(get(url)).getWidth());
        CatalogFixtures.shopStatus(shop, "SUSPENDED");
        given().when().get(images()).then().statusCode(404);
        given().auth().oauth2(otherSeller).when().get(images()).then().statusCode(404);
    }

    private static BufferedImage assertImage(byte[] bytes) {
        try {
            BufferedImage image = read(bytes);
            assertNotNull(image);
            return image;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ownerReordersWithIfMatchAndDeletes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(upload(TestImages.jpeg(TestImages.picture(200 + i, 150, false), 0.8f), "image/jpeg")
                    .then().statusCode(200).body("position", equalTo(i)).extract().path("imageId"));
        }
        String etag = given().auth().oauth2(seller).when().get(images()).then().statusCode(200)
                .body("items.imageId", equalTo(ids)).extract().header("ETag");
        List<String> reversed = List.of(ids.get(2), ids.get(1), ids.get(0));

        given().auth().oauth2(seller).contentType(ContentType.JSON).body(Map.of("imageIds", reversed))
                .when().put(images() + "/order").then().statusCode(428);
        given().auth().oauth2(seller).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("imageIds", List.of(ids.get(0), ids.get(1))))
                .when().put(images() + "/order").then().statusCode(400);
        String newTag = given().auth().oauth2(seller).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("imageIds", reversed))
                .when().put(images() + "/order").then().statusCode(200)
                .body("items.imageId", equalTo(reversed)).body("items.position", equalTo(List.of(0, 1, 2)))
                .extract().header("ETag");
        given().auth().oauth2(seller).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("imageIds", ids))
                .when().put(images() + "/order").then().statusCode(412).body("current.items", hasSize(3));

        Map<String, String> keys = Map.of("160", "products/" + product + "/images/" + ids.get(1) + "/160.jpg");
        assertTrue(objects.size(keys.get("160")).isPresent());
        given().auth().oauth2(seller).when().delete(images() + "/" + ids.get(1)).then().statusCode(204);
        assertTrue(objects.size(keys.get("160")).isEmpty(), "variants deleted from the bucket");
        given().auth().oauth2(seller).when().get(images()).then().statusCode(200)
                .body("items.imageId", equalTo(List.of(ids.get(2), ids.get(0))))
                .body("items.position", equalTo(List.of(0, 1)));
        assertFalse(newTag.isBlank());
    }

    @Test
    void abandonedUploadsAreDroppedAndFreeTheirPlace() {
        JsonPath upload = startUpload(seller);
        String imageId = upload.getString("imageId");
        put(upload.getString("uploadUrl"), TestImages.jpeg(TestImages.picture(100, 100, false), 0.8f), "image/jpeg");
        service.dropAbandonedUploads();
        assertTrue(objects.size(uploadKey(imageId)).isPresent(), "a fresh upload is kept");

        CatalogFixtures.update("UPDATE product_image SET created_at = now() - interval '3 hours' WHERE id = ?",
                UUID.fromString(imageId));
        service.dropAbandonedUploads();
        assertTrue(objects.size(uploadKey(imageId)).isEmpty(), "the abandoned upload is deleted");
        assertEquals(1, TestDatabase.count(
                "SELECT count(*) FROM product_image WHERE id = ? AND status = 'REJECTED'", UUID.fromString(imageId)));
        given().auth().oauth2(seller).when().post(images() + "/" + imageId + "/completion").then().statusCode(409);
    }

    @Test
    void aProductHasAtMostTwelveImages() {
        for (int i = 0; i < 12; i++) {
            startUpload(seller);
        }
        given().auth().oauth2(seller).header("Accept-Language", "en").when().post(images())
                .then().statusCode(409).body("detail", containsString("at most 12 images"));
    }

    @Test
    void twelveMegapixelPhotoTiming() throws Exception {
        byte[] photo = TestImages.withGpsExif(TestImages.jpeg(TestImages.picture(4000, 3000, true), 0.85f), 1);
        long started = System.nanoTime();
        JsonPath done = upload(photo, "image/jpeg").then().statusCode(200)
                .body("width", equalTo(4000)).extract().jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("12 MP JPEG (%d bytes): upload + completion took %d ms%n", photo.length, millis);
        assertEquals(640, read(get(done.getString("variants.'640'"))).getWidth());
    }
}
