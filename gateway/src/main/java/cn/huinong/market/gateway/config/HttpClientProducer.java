package cn.huinong.market.gateway.config;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One pooled client for all upstream traffic, so keep-alive connections are reused across requests. */
@ApplicationScoped
public class HttpClientProducer {

    @Produces
    @Singleton
    HttpClient upstreamClient(Vertx vertx, GatewayConfig config) {
        GatewayConfig.Client client = config.client();
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(client.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(Math.toIntExact(client.keepAliveTimeout().toSeconds()))
                // The proxy forwards the client's encoding untouched; decompressing here would break Content-Length.
                .setDecompressionSupported(false)
                .setName("huinong-gateway-upstream");
        return vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(client.maxPoolSize()));
    }

    void close(@Disposes HttpClient client) {
        client.close();
    }
}
