package cn.huinong.market.common.signature;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Field names and formats of the sandbox provider's Alipay-style payment notifications, for both halves (the
 * provider writes them, order-service reads them), like {@link RsaSignatures} for their signature.
 */
public final class NotificationForm {

    public static final String NOTIFY_ID = "notify_id";
    public static final String NOTIFY_TIME = "notify_time";
    public static final String NOTIFY_TYPE = "notify_type";
    public static final String OUT_TRADE_NO = "out_trade_no";
    public static final String TRADE_NO = "trade_no";
    public static final String TRADE_STATUS = "trade_status";
    public static final String TOTAL_FEE = "total_fee";
    public static final String CURRENCY = "currency";
    public static final String SUBJECT = "subject";
    public static final String GMT_PAYMENT = "gmt_payment";
    public static final String CHARSET = "charset";

    public static final String TRADE_SUCCESS = "TRADE_SUCCESS";
    public static final String TRADE_FINISHED = "TRADE_FINISHED";
    public static final String TRADE_CLOSED = "TRADE_CLOSED";
    public static final String WAIT_BUYER_PAY = "WAIT_BUYER_PAY";
    public static final String TYPE_TRADE_STATUS_SYNC = "trade_status_sync";

    /** Like Alipay: {@code yyyy-MM-dd HH:mm:ss} in Beijing time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

    private NotificationForm() {
    }

    public static String time(OffsetDateTime at) {
        return TIME.format(at);
    }

    /** application/x-www-form-urlencoded, UTF-8, in the map's order. */
    public static String encode(Map<String, String> params) {
        StringJoiner body = new StringJoiner("&");
        params.forEach((key, value) -> body.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
