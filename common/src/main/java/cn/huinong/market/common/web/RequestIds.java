package cn.huinong.market.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The X-Request-Id convention shared with the gateway: keep a well-formed id, else make one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {
    }

    public static String keepOrCreate(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
