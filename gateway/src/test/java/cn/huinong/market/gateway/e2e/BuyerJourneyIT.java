package cn.huinong.market.gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The buyer's journey in real headless Chromium against the stack bin/run started (Keycloak login included, demo
 * data of deploy/demo-data.sh): search 牛肉 → product → cart from two shops → checkout → sandbox pay → paid, with
 * the shipping costs order-service stored; then another buyer is refused that order. Run by bin/e2e.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuyerJourneyIT {

    private static final String DEMO_JERKY = "42000000-0000-4000-8000-000000010000";
    private static final Pattern CHECKOUT_PATH = Pattern.compile("/orders/([0-9a-f-]{36})");

    private static String checkoutId;

    @Test
    @Order(1)
    void buyerSearchesOrdersFromTwoShopsAndPays() throws Exception {
        try (Browser browser = new Browser("buyer")) {
            browser.open("/");
            assertTrue(browser.text().contains("惠农市集"));
            assertPageWeight(browser, "home");

            browser.find("#nav-login").click();
            browser.signIn("buyer1", Api.PASSWORD);
            assertTrue(browser.find("#nav-user").getText().contains("buyer1"), "signed in as buyer1");

            browser.find("#q").sendKeys("牛肉");
            browser.find("form.search button").click();
            assertPageWeight(browser, "search-beef");
            browser.find("a[href='/products/" + DEMO_JERKY + "']").click();
            assertTrue(browser.has("#halal-badge"), "the demo jerky shows its halal badge");
            assertPageWeight(browser, "product-jerky");
            String firstShop = browser.find("#shop strong").getText();
            browser.find(".sku button[type=submit]").click();
            assertTrue(browser.driver.getCurrentUrl().endsWith("/cart"));

            browser.open("/search?q=" + URLEncoder.encode("核桃", StandardCharsets.UTF_8));
            assertPageWeight(browser, "search-walnut");
            browser.find(".hit a.hit-name").click();
            String secondShop = browser.find("#shop strong").getText();
            assertFalse(firstShop.equals(secondShop), "the walnuts come from another shop than the jerky");
            browser.find(".sku button[type=submit]").click();
            assertEquals(2, browser.driver.findElements(By.cssSelector("section.shop-group")).size(),
                    "the cart holds two shops");
            assertPageWeight(browser, "cart");

            browser.find("#to-checkout").click();
            new Select(browser.find("#quote-province")).selectByValue("11");
            browser.find("#show-quote").click();
            assertEquals(2, browser.driver.findElements(By.cssSelector(".shipping-quote")).size(),
                    "a shipping quote per shop parcel");
            assertPageWeight(browser, "checkout");
            browser.find("#recipientName").sendKeys("王小明");
            browser.find("#phone").sendKeys("13800138000");
            new Select(browser.find("#provinceCode")).selectByValue("11");
            browser.find("#addressLine").sendKeys("北京市海淀区中关村大街1号");
            browser.find("#place-order").click();

            Matcher matcher = CHECKOUT_PATH.matcher(browser.driver.getCurrentUrl());
            assertTrue(matcher.find(), "landed on the checkout's page: " + browser.driver.getCurrentUrl());
            checkoutId = matcher.group(1);
            assertEquals("PENDING_PAYMENT", browser.find("#checkout-status").getAttribute("data-status"));
            assertPageWeight(browser, "order-unpaid");

            browser.find("#to-pay").click();
            assertPageWeight(browser, "sandbox-cashier");
            browser.find("#confirm-pay").click();
            for (int i = 0; i < 10
                    && !"PAID".equals(browser.find("#checkout-status").getAttribute("data-status")); i++) {
                browser.find("#payment-check").click();
            }
            assertEquals("PAID", browser.find("#checkout-status").getAttribute("data-status"));
            assertPageWeight(browser, "order-paid");

            // What the page shows is what order-service quoted and stored, shop by shop.
            JsonNode api = Api.get("/api/orders/checkouts/" + checkoutId, Api.token("buyer1"));
            assertEquals("PAID", api.path("status").asText());
            assertEquals(api.path("shippingFen").asLong(),
                    Long.parseLong(browser.find("#checkout-shipping").getAttribute("data-fen")));
            Map<String, Long> shipping = new HashMap<>();
            Map<String, Instant> shipBy = new HashMap<>();
            for (JsonNode order : api.path("shopOrders")) {
                shipping.put(order.path("shopId").asText(), order.path("shippingFen").asLong());
                shipBy.put(order.path("shopId").asText(),
                        OffsetDateTime.parse(order.path("shipBy").asText()).toInstant());
            }
            List<WebElement> sections = browser.driver.findElements(By.cssSelector("section.shop-order"));
            assertEquals(2, sections.size());
            for (WebElement section : sections) {
                String shopId = section.getAttribute("id").substring("order-".length());
                assertEquals(shipping.get(shopId),
                        Long.parseLong(section.findElement(By.cssSelector(".shipping")).getAttribute("data-fen")));
                assertEquals("PAID", section.findElement(By.cssSelector(".status")).getAttribute("data-status"));
                assertEquals(shipBy.get(shopId),
                        Instant.parse(section.findElement(By.cssSelector(".ship-by")).getAttribute("data-at")));
            }
        }
    }

    @Test
    @Order(2)
    void anotherBuyerIsRefusedThatOrder() {
        try (Browser browser = new Browser("buyer2")) {
            browser.open("/orders/" + (checkoutId != null ? checkoutId : "60000000-0000-4000-8000-000000000001"));
            browser.signIn("buyer2", Api.PASSWORD);
            assertTrue(browser.has("#problem"), "a refusal, not the order");
            assertFalse(browser.has("#checkout-status"));
            assertFalse(browser.has("section.shop-order"));
            browser.screenshot("refused");
        }
    }

    private static void assertPageWeight(Browser browser, String step) {
        long bytes = browser.screenshot(step);
        System.out.printf("page %s: %d bytes transferred%n", step, bytes);
        assertTrue(bytes <= Browser.PAGE_BUDGET_BYTES, step + " moved " + bytes + " bytes");
    }
}
