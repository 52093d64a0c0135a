package cn.huinong.market.orders.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox cashier page: who may see and pay, and what paying does to the provider's books. */
@QuarkusTest
class SandboxCashierResourceTest {

    private static final String PATH = "/api/orders/sandbox-pay/";
    private final String buyer = TestTokens.token("buyer-1", "buyer");

    @Inject PaymentProvider provider;

    @Inject NotificationRecorder recorder;

    @BeforeEach
    void clean() {
        TestDatabase.truncateAllExcept();
        recorder.reset();
    }

    private CreatedPayment create(long amountFen) {
        return provider.create(SandboxPaymentProviderTest.order(UUID.randomUUID(), amountFen));
    }

    @Test
    void anyoneSignedInSeesWhatIsToBePaid() {
        CreatedPayment created = create(12800);
        for (String role : new String[]{"buyer", "seller", "trainer", "admin"}) {
            given().auth().oauth2(TestTokens.token("u-" + role, role)).when().get(PATH + created.providerPaymentId())
                    .then().statusCode(200)
                    .body("providerPaymentId", equalTo(created.providerPaymentId()))
                    .body("subject", equalTo("临夏清真牛肉干 ×2"))
                    .body("amountFen", equalTo(12800))
                    .body("currency", equalTo("CNY"))
                    .body("status", equalTo("WAITING"))
                    .body("expiresAt", notNullValue())
                    .body("paidAt", nullValue());
        }
        given().when().get(PATH + created.providerPaymentId()).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(buyer).when().get(PATH + "SBX000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyBuyersAndOperatorsPay() {
        CreatedPayment created = create(500);
        String pay = PATH + created.providerPaymentId() + "/pay";
        given().when().post(pay).then().statusCode(401).contentType("application/problem+json");
        for (String role : new String[]{"seller", "trainer", "logistics"}) {
            given().auth().oauth2(TestTokens.token("u-" + role, role)).when().post(pay).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE status = 'WAITING'"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_notification"));

        given().auth().oauth2(buyer).when().post(pay).then().statusCode(200)
                .body("status", equalTo("PAID")).body("paidAt", notNullValue());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE status = 'PAID' "
                + "AND paid_by = 'buyer-1' AND paid_at IS NOT NULL"));
        for (String role : new String[]{"admin", "service"}) {
            CreatedPayment other = create(600);
            given().auth().oauth2(TestTokens.token("u-" + role, role)).when()
                    .post(PATH + other.providerPaymentId() + "/pay").then().statusCode(200)
                    .body("status", equalTo("PAID"));
        }
    }

    @Test
    void payingTwiceChangesNothing() {
        CreatedPayment created = create(500);
        String pay = PATH + created.providerPaymentId() + "/pay";
        String paidAt = given().auth().oauth2(buyer).when().post(pay).then().statusCode(200)
                .extract().path("paidAt");
        given().auth().oauth2(TestTokens.token("buyer-2", "buyer")).when().post(pay).then().statusCode(200)
                .body("status", equalTo("PAID")).body("paidAt", equalTo(paidAt));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE paid_by = 'buyer-1'"));
    }

    @Test
    void aClosedOrExpiredPaymentCannotBePaid() throws Exception {
        UUID paymentId = UUID.randomUUID();
        CreatedPayment closing = provider.create(SandboxPaymentProviderTest.order(paymentId, 900));
        provider.close(paymentId);
        given().auth().oauth2(buyer).when().post(PATH + closing.providerPaymentId() + "/pay").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", notNullValue());

        UUID expiringId = UUID.randomUUID();
        CreatedPayment expiring = provider.create(new PaymentOrder(expiringId, 900, "CNY", "核桃 1kg",
                OffsetDateTime.now(ZoneOffset.UTC).plus(600, ChronoUnit.MILLIS)));
        Thread.sleep(800);
        given().auth().oauth2(buyer).header("Accept-Language", "en")
                .when().post(PATH + expiring.providerPaymentId() + "/pay").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("ran out"));
        given().auth().oauth2(buyer).when().get(PATH + expiring.providerPaymentId()).then()
                .body("status", equalTo("CLOSED"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE status = 'PAID'"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_notification"));
    }

    @Test
    void notificationsAreForOperatorsOnly() {
        CreatedPayment created = create(500);
        String notifications = PATH + created.providerPaymentId() + "/notifications";
        given().auth().oauth2(buyer).when().post(notifications).then().statusCode(403);
        given().auth().oauth2(buyer).when().get(notifications).then().statusCode(403);
        given().when().post(notifications).then().statusCode(401);
        // nothing to deliver before the buyer paid
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).when().post(notifications).then()
                .statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).queryParam("times", 0).when()
                .post(notifications).then().statusCode(400);
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).queryParam("times", 21).when()
                .post(notifications).then().statusCode(400);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt"));
    }
}
