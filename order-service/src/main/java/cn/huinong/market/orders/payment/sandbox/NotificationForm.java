package cn.huinong.market.orders.payment.sandbox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Field names and formats of the sandbox's Alipay-style notifications that the merchant side reads. */
public final class NotificationForm {

    public static final String NOTIFY_ID = "notify_id";
    public static final String OUT_TRADE_NO = "out_trade_no";
    public static final String TRADE_NO = "trade_no";
    public static final String TRADE_STATUS = "trade_status";
    public static final String TOTAL_FEE = "total_fee";
    public static final String GMT_PAYMENT = "gmt_payment";

    public static final String TRADE_SUCCESS = "TRADE_SUCCESS";
    public static final String TRADE_FINISHED = "TRADE_FINISHED";
    public static final String TRADE_CLOSED = "TRADE_CLOSED";
    public static final String WAIT_BUYER_PAY = "WAIT_BUYER_PAY";

    /** Like Alipay: {@code yyyy-MM-dd HH:mm:ss} in Beijing time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

    private NotificationForm() {
    }
}
