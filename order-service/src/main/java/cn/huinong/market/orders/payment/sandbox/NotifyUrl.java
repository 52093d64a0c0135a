package cn.huinong.market.orders.payment.sandbox;

import io.quarkus.runtime.LaunchMode;
import org.eclipse.microprofile.config.ConfigProvider;

/** Where the provider should notify us: the configured URL, or a path on this service's own running port. */
public final class NotifyUrl {

    private NotifyUrl() {
    }

    /**
     * An absolute URL is used as it is; a path is resolved against this service's own port as the running server
     * reports it (so the default also works on a random test port).
     */
    public static String resolve(String configured) {
        if (!configured.startsWith("/")) {
            return configured;
        }
        var cfg = ConfigProvider.getConfig();
        String portProperty = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = cfg.getOptionalValue(portProperty, Integer.class).orElse(8080);
        String host = cfg.getOptionalValue("quarkus.http.host", String.class).orElse("localhost");
        if (host.isBlank() || "0.0.0.0".equals(host) || "localhost".equals(host)) {
            host = "127.0.0.1";
        } else if ("::".equals(host) || "[::]".equals(host)) {
            host = "[::1]";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port + configured;
    }
}
