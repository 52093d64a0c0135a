package cn.huinong.market.training;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.service.OutcomeDataset;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seeded programme (OutcomeDataset, fixed seed): the reports reproduce every figure exactly, and the
 * programme-wide sums agree with what the generator counted while it generated.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeDatasetTest {

    @Inject
    OutcomeDataset dataset;

    private OutcomeDataset.Summary summary;

    @BeforeAll
    void seed() throws Exception {
        TestDatabase.truncateAllExcept();
        summary = dataset.load();
        assertFalse(summary.alreadyLoaded());
        assertTrue(dataset.load().alreadyLoaded());
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

    @Test
    void printFigures() {
        for (String by : new String[]{"cohort", "county", "trainer"}) {
            System.out.println("SEEDED funnel by " + by + " " + report("funnel", by).prettify());
        }
        for (String by : new String[]{"cohort", "track"}) {
            System.out.println("SEEDED indicators by " + by + " " + report("indicators", by).prettify());
        }
    }
}
