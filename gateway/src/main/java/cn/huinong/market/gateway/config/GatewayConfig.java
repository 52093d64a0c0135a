package cn.huinong.market.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the gateway needs to know about the services behind it.
 * Route keys ({@code catalog}, {@code orders}, {@code training}) are part of the deployment contract:
 * run scripts and compose files set {@code HUINONG_GATEWAY_ROUTES_<KEY>_URL}.
 */
@ConfigMapping(prefix = "huinong.gateway")
public interface GatewayConfig {

    Map<String, Route> routes();

    /** Largest request body the gateway forwards; larger ones get a 413 problem. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    Client client();

    Health health();

    interface Route {

        /** Path prefix without trailing slash, e.g. {@code /api/catalog}; forwarded unchanged. */
        String prefix();

        /** Base URL of the service (scheme, host and port; a path here is ignored). */
        URI url();

        /** How long the service may take to start answering once the request has been sent. */
        @WithDefault("10S")
        Duration timeout();
    }

    interface Client {

        @WithDefault("2S")
        Duration connectTimeout();

        /** Connections kept per service; requests beyond that queue in the pool. */
        @WithDefault("64")
        int maxPoolSize();

        @WithDefault("60S")
        Duration keepAliveTimeout();
    }

    interface Health {

        /** Budget for one service's readiness probe; kept short so the gateway's own probe never hangs. */
        @WithDefault("2S")
        Duration timeout();
    }
}
