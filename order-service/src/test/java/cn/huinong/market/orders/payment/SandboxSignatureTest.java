package cn.huinong.market.orders.payment;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.signature.RsaSignatures;
import cn.huinong.market.orders.payment.sandbox.SandboxKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * verify(): what the merchant side accepts, holding only the provider's public key. The forms are signed here the way
 * the provider signs them, with the provider's demo key read from module sandbox-payment's configuration.
 */
@QuarkusTest
class SandboxSignatureTest {

    private static final PrivateKey PROVIDER_KEY = providerKey();

    @Inject PaymentProvider provider;

    @Inject SandboxKeys keys;

    private static PrivateKey providerKey() {
        Properties sandbox = new Properties();
        try (InputStream in = Files.newInputStream(
                Path.of("..", "sandbox-payment", "src", "main", "resources", "application.properties"))) {
            sandbox.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the sandbox provider's demo key", e);
        }
        String setting = "huinong.sandbox.provider-private-key";
        return RsaSignatures.privateKey(sandbox.getProperty(setting), setting);
    }

    private final UUID paymentId = UUID.randomUUID();

    /** A notification as the provider sends it; a fresh map each time, for a test to change. */
    private Map<String, String> fields() {
        return new LinkedHashMap<>(Map.ofEntries(entry("notify_id", "0f8fad5bd9cb469fa16570867728950e"),
                entry("notify_time", "2026-12-01 18:00:05"), entry("notify_type", "trade_status_sync"),
                entry("out_trade_no", paymentId.toString()), entry("trade_no", "SBX202612011234567890123456"),
                entry("trade_status", "TRADE_SUCCESS"), entry("total_fee", "12800"), entry("currency", "CNY"),
                entry("subject", "临夏清真牛肉干 & 百合 = 2件"), entry("gmt_payment", "2026-12-01 18:00:01"),
                entry("charset", "utf-8"), entry("sign_type", "RSA2")));
    }

    private MultivaluedMap<String, String> signed(Map<String, String> params, PrivateKey key) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        params.forEach(form::putSingle);
        form.putSingle("sign", RsaSignatures.sign(params, key));
        return form;
    }

    private MultivaluedMap<String, String> signed() {
        return signed(fields(), PROVIDER_KEY);
    }

    private void assertRejected(MultivaluedMap<String, String> form, String key) {
        ProblemException e = assertThrows(ProblemException.class, () -> provider.verify(form));
        assertEquals(ProblemType.BAD_REQUEST, e.type());
        assertEquals(400, e.type().status());
        assertEquals(key, e.detailKey());
    }

    private MultivaluedMap<String, String> signedThen(Consumer<MultivaluedMap<String, String>> change) {
        MultivaluedMap<String, String> form = signed();
        change.accept(form);
        return form;
    }

    @Test
    void aSignedNotificationVerifiesAndParses() {
        PaymentNotification n = provider.verify(signed());
        assertEquals("0f8fad5bd9cb469fa16570867728950e", n.notificationId());
        assertEquals(paymentId, n.paymentId());
        assertEquals("SBX202612011234567890123456", n.providerPaymentId());
        assertEquals(ProviderPaymentStatus.PAID, n.status());
        assertEquals(12800, n.amountFen());
        // 18:00:01 Beijing time is 10:00:01 UTC
        assertEquals(OffsetDateTime.of(2026, 12, 1, 10, 0, 1, 0, ZoneOffset.UTC), n.paidAt());
    }

    @Test
    void anEmptyFieldMayBePresentOrAbsent() {
        // the canonical form itself is common's RsaSignaturesTest
        Map<String, String> withEmpty = fields();
        withEmpty.put("buyer_logon_id", "");
        assertTrue(provider.verify(signed(withEmpty, PROVIDER_KEY)).amountFen() > 0);
    }

    @Test
    void aTamperedAmountOrIdIsRejected() {
        assertRejected(signedThen(f -> f.putSingle("total_fee", "1")), "detail.sandbox-pay.sign-invalid");
        assertRejected(signedThen(f -> f.putSingle("out_trade_no", UUID.randomUUID().toString())),
                "detail.sandbox-pay.sign-invalid");
        assertRejected(signedThen(f -> f.putSingle("trade_status", "TRADE_CLOSED")),
                "detail.sandbox-pay.sign-invalid");
        // an added field is content too
        assertRejected(signedThen(f -> f.putSingle("refund_fee", "12800")), "detail.sandbox-pay.sign-invalid");
    }

    @Test
    void aSignatureByAnotherKeyIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        assertRejected(signed(fields(), stranger), "detail.sandbox-pay.sign-invalid");
    }

    @Test
    void aMissingMalformedOrRepeatedSignatureIsRejected() {
        assertRejected(signedThen(f -> f.remove("sign")), "detail.sandbox-pay.sign-missing");
        assertRejected(signedThen(f -> f.putSingle("sign", "")), "detail.sandbox-pay.sign-missing");
        assertRejected(signedThen(f -> f.putSingle("sign", "not base64 at all!")), "detail.sandbox-pay.sign-invalid");
        assertRejected(signedThen(f -> f.putSingle("sign", "AAAA")), "detail.sandbox-pay.sign-invalid");
        assertRejected(signedThen(f -> f.add("total_fee", "1")), "detail.sandbox-pay.field-repeated");
        assertRejected(new MultivaluedHashMap<>(), "detail.sandbox-pay.sign-missing");
    }

    @Test
    void onlyRsa2IsAccepted() {
        Map<String, String> rsa = fields();
        rsa.put("sign_type", "RSA");
        assertRejected(signed(rsa, PROVIDER_KEY), "detail.sandbox-pay.sign-type");
        Map<String, String> none = fields();
        none.remove("sign_type");
        assertRejected(signed(none, PROVIDER_KEY), "detail.sandbox-pay.sign-type");
    }

    @Test
    void signedButIncompleteOrMalformedFieldsAreRejected() {
        for (String required : new String[]{"notify_id", "out_trade_no", "trade_no", "trade_status", "total_fee",
                "gmt_payment"}) {
            Map<String, String> p = fields();
            p.remove(required);
            ProblemException e = assertThrows(ProblemException.class,
                    () -> provider.verify(signed(p, PROVIDER_KEY)), required);
            assertEquals("detail.sandbox-pay.field-missing", e.detailKey(), required);
            assertEquals(required, e.detailArgs()[0]);
        }
        Map<String, String> p = fields();
        p.put("total_fee", "128.00");
        assertRejected(signed(p, PROVIDER_KEY), "detail.sandbox-pay.field-invalid");
        p = fields();
        p.put("out_trade_no", "20261201-0001");
        assertRejected(signed(p, PROVIDER_KEY), "detail.sandbox-pay.field-invalid");
        p = fields();
        p.put("trade_status", "PAID_MAYBE");
        assertRejected(signed(p, PROVIDER_KEY), "detail.sandbox-pay.field-invalid");
    }

    @Test
    void theConfiguredPublicKeyIsTheHalfOfTheProvidersSigningKey() {
        // the public key order-service is configured with verifies what the sandbox process signs
        Map<String, String> p = fields();
        assertTrue(RsaSignatures.verify(p, RsaSignatures.sign(p, PROVIDER_KEY), keys.providerPublicKey()));
        assertEquals("RSA", keys.providerPublicKey().getAlgorithm());
        assertEquals(2048, ((java.security.interfaces.RSAPublicKey) keys.providerPublicKey()).getModulus().bitLength());
    }
}
