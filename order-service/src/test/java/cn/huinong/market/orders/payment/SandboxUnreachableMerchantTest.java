package cn.huinong.market.orders.payment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A merchant nobody answers for: every delivery is recorded without a status, retried, then given up. */
@QuarkusTest
@TestProfile(SandboxUnreachableMerchantTest.Unreachable.class)
class SandboxUnreachableMerchantTest {

    public static class Unreachable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("huinong.orders.payment.sandbox.notify-url", "http://127.0.0.1:1/nobody-listens",
                    "huinong.orders.payment.sandbox.retry-delays", "100ms,200ms");
        }
    }

    @Inject PaymentProvider provider;

    @Test
    void deliveriesToAnUnreachableMerchantAreRecordedRetriedAndGivenUp() throws Exception {
        TestDatabase.truncateAllExcept();
        CreatedPayment created = provider.create(SandboxPaymentProviderTest.order(UUID.randomUUID(), 100));
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).when()
                .post("/api/orders/sandbox-pay/" + created.providerPaymentId() + "/pay").then().statusCode(200);
        long deadline = System.currentTimeMillis() + 15_000;
        while (TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE status = 'GAVE_UP'") == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("never gave up");
            }
            Thread.sleep(50);
        }
        assertEquals(3, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt WHERE http_status "
                + "IS NULL AND NOT acknowledged AND error IS NOT NULL AND url = 'http://127.0.0.1:1/nobody-listens'"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE attempts = 3"));
    }
}
