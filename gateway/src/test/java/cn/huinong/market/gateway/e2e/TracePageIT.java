package cn.huinong.market.gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The public trace page as a phone opens it from a demo lot's QR code (deploy/demo-trace.sh), not signed in. */
class TracePageIT {

    /** Ma Family's beef jerky batch (deploy/demo-trace.sh L_JERKY). */
    private static final String JERKY_LOT = "44000000-0000-4000-8000-000000000003";
    private static final long TRACE_PAGE_BUDGET_BYTES = 100 * 1024;

    @Test
    void qrCodeOfADemoLotOpensItsTraceInChineseUnder100Kb() throws Exception {
        JsonNode lot = Api.get("/api/catalog/trace/lots/" + JERKY_LOT, Api.token("seller1"));
        // The label's URI names the public resolver host; on this stack the gateway is that resolver.
        String path = URI.create(lot.path("traceCode").asText()).getRawPath();
        try (Browser browser = new Browser("trace")) {
            browser.transferredBytes();
            browser.open(path);
            browser.find("#trace-product");
            long bytes = browser.screenshot("jerky");
            assertTrue(bytes <= TRACE_PAGE_BUDGET_BYTES, "trace page moved " + bytes + " bytes");
            String text = browser.text();
            assertTrue(text.contains("LX-2026-1121-J"), text);
            assertTrue(text.contains("韩集镇马家村"), text);
            assertFalse(browser.has("#trace-recall"), "the demo jerky is not recalled");
            assertFalse(browser.has("script"));
            assertEquals("zh-CN", browser.find("html").getAttribute("lang"));
        }
    }

    @Test
    void mistypedShortCodeIsAClearPageWithTheFormToTryAgain() {
        try (Browser browser = new Browser("trace-unknown")) {
            browser.open("/trace?code=0000000000");
            browser.find("#code");
            assertTrue(browser.has("#problem"), browser.text());
        }
    }
}
