package cn.huinong.market.training.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** One entry of catalog's shop history ({@code GET /api/catalog/shops/{id}/history}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopTransition(String from, String to, OffsetDateTime at) {
}
