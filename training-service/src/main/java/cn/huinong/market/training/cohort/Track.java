package cn.huinong.market.training.cohort;

/** The programme's specialisations, after the national 互联网营销师 work types and the jobs shops need. */
public enum Track {
    SHOP_OPERATION,
    CUSTOMER_SERVICE,
    LIVE_STREAM_SELLING,
    PRODUCT_PHOTOGRAPHY,
    LOGISTICS
}
