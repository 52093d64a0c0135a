package cn.huinong.market.training.demo;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.trainee.SensitiveDataCipher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seeded demo programme (OutcomeDataset, fixed seed, loaded as deploy/demo-training-outcomes.sh loads it): the reports reproduce every figure exactly, and the
 * programme-wide sums agree with what the generator counted while it generated.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeDatasetTest {

    @Inject DataSource dataSource;

    @Inject SensitiveDataCipher cipher;

    private OutcomeDataset.Summary summary;

    @BeforeAll
    void seed() throws Exception {
        TestDatabase.truncateAllExcept();
        OutcomeDataset dataset = new OutcomeDataset(cipher);
        try (Connection c = dataSource.getConnection()) {
            summary = dataset.load(c);
            assertFalse(summary.alreadyLoaded());
            assertTrue(dataset.load(c).alreadyLoaded());
        }
    }

    private static JsonPath report(String kind, String groupBy) {
        return given().auth().oauth2(ADMIN).queryParam("asOf", "2026-06-30").queryParam("groupBy", groupBy)
                .when().get("/api/training/reports/" + kind).then().statusCode(200).extract().jsonPath();
    }

    private static int sum(JsonPath report, String cell) {
        int total = 0;
        for (Map<String, Object> group : report.<Map<String, Object>>getList("groups")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) group.get("cells");
            for (Map<String, Object> c : cells) {
                if (c.get("name").equals(cell)) {
                    total += (Integer) c.get("count");
                }
            }
        }
        return total;
    }

    @Test
    void theProgrammeWideFiguresAgreeWithTheGenerator() {
        JsonPath byTrack = report("funnel", "track");
        System.out.println("SEEDED summary " + summary);
        System.out.println("SEEDED funnel by track " + byTrack.prettify());
        assertEquals(summary.withConsent(), sum(byTrack, "applied"));
        assertEquals(summary.completedWithConsent(), sum(byTrack, "completed"));
        assertEquals(summary.certifiedWithConsent(), sum(byTrack, "certified"));
        assertEquals(summary.employedOnAsOf(), sum(byTrack, "employed"));
        assertEquals(summary.openedShops(), sum(byTrack, "shop_opened"));
        assertEquals(summary.shopsWithPaidOrders(), sum(byTrack, "first_sale"));
    }

    private static void expect(JsonPath report, String label, Integer... counts) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) report.<Map<String, Object>>getList("groups")
                .stream().filter(g -> g.get("label").equals(label)).findFirst().orElseThrow().get("cells");
        assertEquals(java.util.Arrays.asList(counts), cells.stream().map(c -> (Integer) c.get("count")).toList(),
                label);
    }

    /** Every funnel figure of every cohort, exactly; denominators are the previous step's counts (checked too). */
    @Test
    void theFunnelOfEveryCohortIsReproducedExactly() {
        JsonPath f = report("funnel", "cohort");
        // applied, enrolled, completed, certified, employed, shop_opened, first_sale, active_shop,
        // employed ∩ runs a shop (<5 suppressed), employed ∪ active shop
        expect(f, "临夏县2024秋季电商运营班", 116, 101, 80, 68, 22, 30, 29, 18, null, 38);
        expect(f, "和政县2024秋季直播带货班", 117, 100, 89, 83, 18, 42, 38, 26, null, 42);
        expect(f, "东乡县2025春季电商运营班", 116, 96, 81, 66, 23, 23, 21, 9, null, 32);
        expect(f, "积石山县2025春季网店客服班", 119, 107, 80, 70, 27, 33, 29, 7, 6, 32);
        expect(f, "临夏县2025夏季产品摄影班", 118, 104, 89, 75, 22, 34, 26, 16, 5, 35);
        expect(f, "和政县2025秋季电商运营班", 116, 107, 85, 73, 16, 37, 33, 17, null, 33);
        f.getList("groups.cells").forEach(cells -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) cells;
            assertEquals(List.of("applied", "enrolled", "completed", "completed", "completed",
                    "shop_opened", "shop_opened", "completed", "completed"),
                    list.stream().skip(1).map(c -> (String) c.get("denominator")).toList());
            assertEquals(list.get(0).get("count"), list.get(1).get("denominatorCount"));
            assertEquals(list.get(2).get("count"), list.get(3).get("denominatorCount"));
            assertEquals(list.get(5).get("count"), list.get(6).get("denominatorCount"));
        });
        JsonPath county = report("funnel", "county");
        expect(county, "临夏县", 234, 205, 169, 143, 44, 64, 55, 34, 7, 73);
        expect(county, "和政县", 233, 207, 174, 156, 34, 79, 71, 43, 6, 75);
    }

    @Test
    void theIndicatorsAreReproducedExactly() {
        JsonPath byTrack = report("indicators", "track");
        // employment_q2, median_earnings_q2 (people), employment_q4, credential_attainment, measurable_skill_gain
        expect(byTrack, "SHOP_OPERATION", 122, 122, 70, 134, 243);
        expect(byTrack, "CUSTOMER_SERVICE", 39, 39, 33, 70, 76);
        expect(byTrack, "LIVE_STREAM_SELLING", 43, 43, 42, 83, 83);
        expect(byTrack, "PRODUCT_PHOTOGRAPHY", 39, 39, null, null, 88);
        assertEquals(List.of(294, 122, 190, 190, 294), byTrack.getList(
                "groups.find { it.key == 'SHOP_OPERATION' }.cells.denominatorCount"));
        assertEquals(861000, byTrack.getInt("groups.find { it.key == 'SHOP_OPERATION' }.cells[1].medianFen"));
        assertEquals(1137000, byTrack.getInt("groups.find { it.key == 'CUSTOMER_SERVICE' }.cells[1].medianFen"));
        // Same data, same day: the same report, byte for byte, also as CSV.
        String csv = given().auth().oauth2(ADMIN).accept("text/csv").queryParam("asOf", "2026-06-30")
                .queryParam("groupBy", "cohort").when().get("/api/training/reports/indicators").asString();
        assertEquals(csv, given().auth().oauth2(ADMIN).accept("text/csv").queryParam("asOf", "2026-06-30")
                .queryParam("groupBy", "cohort").when().get("/api/training/reports/indicators").asString());
        assertTrue(csv.contains(",employment_q4,"));
    }

    @Test
    void aTrainersReportCoversOnlyTheirCohorts() {
        String trainer2 = cn.huinong.market.common.testing.TestTokens.token(OutcomeDataset.TRAINER2, "trainer");
        JsonPath mine = given().auth().oauth2(trainer2).queryParam("asOf", "2026-06-30")
                .queryParam("groupBy", "trainer")
                .when().get("/api/training/reports/funnel").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(OutcomeDataset.TRAINER2), mine.getList("groups.key"));
        assertEquals(351, mine.getInt("groups[0].cells[0].count"));
        JsonPath counties = given().auth().oauth2(trainer2).queryParam("asOf", "2026-06-30")
                .queryParam("groupBy", "county").when().get("/api/training/reports/funnel").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(351, sum(counties, "applied"));
    }
}
