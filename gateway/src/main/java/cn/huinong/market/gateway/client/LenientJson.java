package cn.huinong.market.gateway.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The services refuse unknown fields in what they are sent, but the pages read only the fields they show: a field
 * a service adds to its answers must not break a page, so the clients' mapper ignores fields it does not know.
 */
final class LenientJson {

    private LenientJson() {
    }

    static ObjectMapper of(ObjectMapper strict) {
        return strict.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
