package cn.huinong.market.gateway.web.buyer;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the sandbox provider's pay URLs and takes the provider's payment id out of them. */
final class SandboxPayUrls {

    private static final Pattern PATH = Pattern.compile("/api/orders/sandbox-pay/([A-Za-z0-9_-]{1,100})");

    private SandboxPayUrls() {
    }

    static Optional<String> paymentId(String payUrl) {
        if (payUrl == null) {
            return Optional.empty();
        }
        try {
            Matcher matcher = PATH.matcher(URI.create(payUrl).getPath());
            return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
