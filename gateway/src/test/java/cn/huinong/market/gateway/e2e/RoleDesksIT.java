package cn.huinong.market.gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The trainer's and the seller's pages in real Chromium against the stack bin/run started. */
class RoleDesksIT {

    private static final String TRAINER1_COHORT = "30000000-0000-4000-8000-000000000001";

    @Test
    void trainerSeesOnlyTheirCohortsAndTheFunnelTheApiReports() throws Exception {
        try (Browser browser = new Browser("trainer")) {
            browser.open("/trainer");
            browser.signIn("trainer1", Api.PASSWORD);
            assertEquals(2, browser.driver.findElements(By.cssSelector("li[id^=cohort-]")).size());
            browser.screenshot("cohorts");
            browser.find("#cohort-" + TRAINER1_COHORT + " a").click();
            browser.find("table.funnel");
            browser.screenshot("funnel");
            String asOf = browser.find("#asOf").getAttribute("value");
            JsonNode funnel = Api.get("/api/training/cohorts/" + TRAINER1_COHORT + "/funnel?asOf=" + asOf,
                    Api.token("trainer1"));
            for (JsonNode step : funnel.path("steps")) {
                String shown = browser.find("#step-" + step.path("step").asText()).getAttribute("data-count");
                assertEquals(step.path("count").isNull() ? "" : step.path("count").asText(), shown,
                        "step " + step.path("step").asText());
            }
        }
    }

    @Test
    void sellerSeesTheirOwnShopsOrdersOnly() throws Exception {
        try (Browser browser = new Browser("seller")) {
            browser.open("/seller");
            browser.signIn("seller2", Api.PASSWORD);
            browser.find("h1");
            browser.screenshot("desk");
            JsonNode mine = Api.get("/api/orders/shop-orders?limit=50", Api.token("seller2"));
            assertEquals(mine.path("items").size(),
                    browser.driver.findElements(By.cssSelector("li[id^=seller-order-]")).size());
            assertFalse(browser.text().contains("马家清真牛羊肉"), "seller1's shop is not on seller2's desk");
            assertTrue(browser.text().contains("和政县核桃百合专业合作社"));
        }
    }
}
