package cn.huinong.market.sandbox.payment;

import static cn.huinong.market.sandbox.payment.Sandbox.CASHIER;
import static cn.huinong.market.sandbox.payment.Sandbox.close;
import static cn.huinong.market.sandbox.payment.Sandbox.created;
import static cn.huinong.market.sandbox.payment.Sandbox.pay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sandbox cashier page: what the buyer sees and what paying does to the provider's books. */
@QuarkusTest
class SandboxCashierResourceTest extends SandboxTestBase {

    private String create(UUID paymentId, long amountFen, Duration toPay) {
        return created(Sandbox.order(paymentId, amountFen, OffsetDateTime.now(clock).plus(toPay),
                notifyUrl.toString()));
    }

    private String create(long amountFen) {
        return create(UUID.randomUUID(), amountFen, Duration.ofMinutes(30));
    }

    @Test
    void theBuyerSeesWhatIsToBePaid() {
        String created = create(12800);
        given().when().get(CASHIER + created).then().statusCode(200)
                .body("providerPaymentId", equalTo(created))
                .body("subject", equalTo("临夏清真牛肉干 ×2"))
                .body("amountFen", equalTo(12800))
                .body("currency", equalTo("CNY"))
                .body("status", equalTo("WAITING"))
                .body("expiresAt", notNullValue())
                .body("paidAt", nullValue());
        given().when().get(CASHIER + "SBX000").then().statusCode(404).contentType("application/problem+json");
        given().when().post(CASHIER + "SBX000/pay").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void payingRecordsThePayerAndTheSignedNotification() {
        String created = create(500);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_notification"));
        pay(created).statusCode(200).body("status", equalTo("PAID")).body("paidAt", notNullValue());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE status = 'PAID' "
                + "AND paid_by = 'buyer-1' AND paid_at IS NOT NULL"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE trade_status = "
                + "'TRADE_SUCCESS' AND body LIKE '%sign_type=RSA2%'"));

        // a payer who does not say who they are is recorded as anonymous
        String other = create(600);
        given().when().post(CASHIER + other + "/pay").then().statusCode(200).body("status", equalTo("PAID"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE paid_by = 'anonymous'"));
    }

    @Test
    void payingTwiceChangesNothing() {
        String created = create(500);
        String paidAt = pay(created).statusCode(200).extract().path("paidAt");
        clock.advance(Duration.ofSeconds(5));
        given().header("X-Sandbox-Payer", "buyer-2").when().post(CASHIER + created + "/pay").then().statusCode(200)
                .body("status", equalTo("PAID")).body("paidAt", equalTo(paidAt));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE paid_by = 'buyer-1'"));
    }

    @Test
    void aClosedOrExpiredPaymentCannotBePaid() {
        UUID closingId = UUID.randomUUID();
        String closing = create(closingId, 900, Duration.ofMinutes(30));
        close(closingId).statusCode(200);
        pay(closing).statusCode(409).contentType("application/problem+json").body("detail", notNullValue());

        String expiring = create(UUID.randomUUID(), 900, Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        given().header("Accept-Language", "en").when().post(CASHIER + expiring + "/pay").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("ran out"));
        given().when().get(CASHIER + expiring).then().body("status", equalTo("CLOSED"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE status = 'PAID'"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_notification"));
    }

    @Test
    void thereIsNoNotificationToReplayBeforeThePayment() {
        String created = create(500);
        String notifications = CASHIER + created + "/notifications";
        given().when().post(notifications).then().statusCode(409).contentType("application/problem+json");
        given().queryParam("times", 0).when().post(notifications).then().statusCode(400);
        given().queryParam("times", 21).when().post(notifications).then().statusCode(400);
        given().when().get(notifications).then().statusCode(200).body("size()", equalTo(0));
        given().when().get(CASHIER + "SBX000/notifications").then().statusCode(404);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt"));
    }

    @Test
    void theProvidersClockIsTheInjectedOne() {
        // the cashier reports the provider's time, not the wall clock's: a payment made "tomorrow" is paid tomorrow
        clock.advance(Duration.ofDays(1));
        String created = create(700);
        String paidAt = pay(created).statusCode(200).extract().path("paidAt");
        assertEquals(OffsetDateTime.now(clock).withNano(0).toInstant(), OffsetDateTime.parse(paidAt).toInstant());
        assertEquals(ZoneOffset.UTC, OffsetDateTime.parse(paidAt).getOffset());
    }
}
