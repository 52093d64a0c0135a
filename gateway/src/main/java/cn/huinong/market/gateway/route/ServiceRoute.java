package cn.huinong.market.gateway.route;

import cn.huinong.market.gateway.config.GatewayConfig;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** A validated route: the checks run at startup so a typo in a URL fails the boot, not the first request. */
public record ServiceRoute(String name, String prefix, String host, int port, boolean ssl, Duration timeout) {

    private static final Pattern PREFIX = Pattern.compile("/api/[a-z0-9-]+(/[a-z0-9-]+)*");

    /** All configured routes, longest prefix first so a nested prefix would win over its parent. */
    public static List<ServiceRoute> all(GatewayConfig config) {
        return config.routes().entrySet().stream()
                .map(entry -> of(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt((ServiceRoute route) -> route.prefix().length()).reversed()
                        .thenComparing(ServiceRoute::name))
                .toList();
    }

    public static ServiceRoute of(String name, GatewayConfig.Route config) {
        String prefix = config.prefix();
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalStateException(
                    "huinong.gateway.routes." + name + ".prefix must look like /api/<area> but was "
                            + prefix);
        }
        URI url = config.url();
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new IllegalStateException(
                    "huinong.gateway.routes." + name + ".url must be an http(s) URL but was " + url);
        }
        boolean ssl = "https".equals(scheme);
        int port = url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80;
        Duration timeout = config.timeout();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalStateException("huinong.gateway.routes." + name + ".timeout must be positive");
        }
        return new ServiceRoute(name, prefix, url.getHost(), port, ssl, timeout);
    }

    /** Matches the prefix itself and anything below it, but not {@code /api/catalogue}. */
    public String pathRegex() {
        return Pattern.quote(prefix) + "(/.*)?";
    }

    public String baseUrl() {
        return (ssl ? "https://" : "http://") + host + ":" + port;
    }
}
