package cn.huinong.market.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in catalog-service on a real HTTP port (WireMock), with a token endpoint for order-service's client
 * credentials. Tests register the SKUs catalog "sells" and may make it refuse or fail.
 */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;
    private static final List<Map<String, Object>> SKUS = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        reset();
        return Map.of("huinong.test.catalog-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Back to a healthy catalog with no SKUs: tokens issued, every reservation call accepted. */
    public static void reset() {
        server.resetAll();
        SKUS.clear();
        server.stubFor(post(urlPathEqualTo("/realms/huinong/protocol/openid-connect/token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"order-service-token\",\"token_type\":\"Bearer\","
                                + "\"expires_in\":3600}")));
        publishSkus();
        reservationsAccepted();
        server.stubFor(post(urlPathMatching("/api/catalog/reservations/[^/]+/(confirmation|release)"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"DONE\",\"lines\":[]}")));
    }

    public static void reservationsAccepted() {
        server.stubFor(post(urlPathEqualTo("/api/catalog/reservations"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"ACTIVE\",\"expiresAt\":\"2099-01-01T00:00:00Z\",\"lines\":[]}")));
    }

    /** Catalog answers a reservation with one it already has for that checkout id, released earlier. */
    public static void reservationAlreadyReleased() {
        server.stubFor(post(urlPathEqualTo("/api/catalog/reservations"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"RELEASED\",\"expiresAt\":\"2099-01-01T00:00:00Z\",\"lines\":[]}")));
    }

    /** A SKU on sale, as catalog's snapshot endpoint returns it. */
    public static UUID sku(UUID shopId, String shopName, String ownerSub, String support, String product,
            long priceFen, int packedWeightG, String temperature) {
        UUID id = UUID.randomUUID();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("skuId", id);
        s.put("productId", UUID.randomUUID());
        s.put("shopId", shopId);
        s.put("shopNameZh", shopName);
        s.put("productNameZh", product);
        s.put("productNameEn", null);
        s.put("skuNameZh", "标准装");
        s.put("skuNameEn", null);
        s.put("unit", "袋");
        s.put("priceFen", priceFen);
        s.put("currency", "CNY");
        s.put("packedWeightG", packedWeightG);
        s.put("packedVolumeCm3", 1000);
        s.put("temperatureClass", temperature);
        s.put("sellable", true);
        s.put("notSellableReason", null);
        s.put("shopOwnerSub", ownerSub);
        s.put("shopSupportStatus", support);
        SKUS.add(s);
        publishSkus();
        return id;
    }

    public static void notSellable(UUID skuId, String reason) {
        SKUS.stream().filter(s -> s.get("skuId").equals(skuId)).forEach(s -> {
            s.put("sellable", false);
            s.put("notSellableReason", reason);
        });
        publishSkus();
    }

    /** The next reservations are refused: the given SKU has only {@code available} units. */
    public static void shortOf(UUID skuId, int requested, int available) {
        server.stubFor(post(urlPathEqualTo("/api/catalog/reservations"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody(write(Map.of("type", "https://huinong.market/problems/conflict", "status", 409,
                                "current", Map.of("shortSkus", List.of(Map.of("skuId", skuId,
                                        "requested", requested, "available", available))))))));
    }

    /** Catalog answers every reservation with a server error. */
    public static void reservationsFailing() {
        server.stubFor(post(urlPathEqualTo("/api/catalog/reservations"))
                .willReturn(aResponse().withStatus(503)));
    }

    private static void publishSkus() {
        server.stubFor(get(urlPathEqualTo("/api/catalog/skus"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(write(SKUS))));
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
