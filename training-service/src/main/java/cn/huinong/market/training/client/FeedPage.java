package cn.huinong.market.training.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of the order feed; {@code nextCursor} null when it is the last page available now. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<OrderEvent> items, String nextCursor) {
}
