package cn.huinong.market.gateway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the web pages, one bundle per language: Chinese (the default) in
 * {@code messages/msg_zh_CN.properties}, English in {@code messages/msg_en.properties}. Templates use them as
 * {@code msg:key}; the build fails on a key a template uses and this interface lacks.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Messages {

    @Message
    String app_name();

    @Message
    String footer();

    @Message
    String nav_cart();

    @Message
    String nav_orders();

    @Message
    String nav_logout();

    @Message
    String nav_login();

    @Message
    String home_title();

    @Message
    String home_categories();

    @Message
    String home_newest();

    @Message
    String search_title();

    @Message
    String search_label();

    @Message
    String search_placeholder();

    @Message
    String search_button();

    @Message
    String search_none();

    @Message
    String filter_halal();

    @Message
    String filter_support();

    @Message
    String badge_halal();

    @Message
    String badge_support();

    @Message
    String badge_cold();

    @Message
    String from_price(String price);

    @Message
    String sold_out();

    @Message
    String next_page();

    @Message
    String product_shop();

    @Message
    String product_skus();

    @Message
    String quantity();

    @Message
    String add_to_cart();

    @Message
    String update();

    @Message
    String goods();

    @Message
    String shipping();

    @Message
    String total();

    @Message
    String cart_title();

    @Message
    String cart_empty();

    @Message
    String cart_unavailable();

    @Message
    String cart_bad_input();

    @Message
    String to_checkout();

    @Message
    String checkout_title();

    @Message
    String checkout_form_problem();

    @Message
    String checkout_note();

    @Message
    String province();

    @Message
    String choose();

    @Message
    String show_shipping();

    @Message
    String recipient();

    @Message
    String phone();

    @Message
    String address_line();

    @Message
    String place_order();

    @Message
    String orders_title();

    @Message
    String orders_none();

    @Message
    String order_title();

    @Message
    String checkout_status();

    @Message
    String ship_by();

    @Message
    String pay_now();

    @Message
    String pay_before();

    @Message
    String payment_check();

    @Message
    String pay_title();

    @Message
    String pay_sandbox_note();

    @Message
    String pay_confirm();

    @Message
    String error_title();

    @Message
    String error_not_found();

    @Message
    String error_unavailable();

    @Message
    String error_refused();

    @Message
    String back_home();

    @Message
    String status(String s);

    @Message
    String seller_title();

    @Message
    String seller_shops();

    @Message
    String seller_orders();

    @Message
    String seller_accept();

    @Message
    String seller_ship();

    @Message
    String seller_carrier();

    @Message
    String seller_tracking();

    @Message
    String seller_form_problem();

    @Message
    String nav_seller();

    @Message
    String trainer_title();

    @Message
    String trainer_none();

    @Message
    String funnel_title();

    @Message
    String funnel_as_of();

    @Message
    String funnel_step();

    @Message
    String funnel_count();

    @Message
    String funnel_rate();

    @Message
    String nav_trainer();

    @Message
    String ship_by_after_payment();

    @Message
    String funnel_show();

    @Message
    String trace_title();

    @Message
    String trace_code_label();

    @Message
    String trace_lookup();

    @Message
    String trace_form_hint();

    @Message
    String trace_unknown();

    @Message
    String trace_malformed();

    @Message
    String trace_recalled();

    @Message
    String trace_cold_warning();

    @Message
    String trace_lot();

    @Message
    String trace_gtin();

    @Message
    String trace_origin();

    @Message
    String trace_quantity();

    @Message
    String trace_best_before();

    @Message
    String trace_halal();

    @Message
    String trace_valid();

    @Message
    String trace_attested();

    @Message
    String trace_quarantine();

    @Message
    String trace_inspections();

    @Message
    String trace_cold_chain();

    @Message
    String trace_steps();

    @Message
    String trace_none();

    @Message
    String trace_origin_kind(String k);

    @Message
    String trace_readings(int n, String min, String max);
}
