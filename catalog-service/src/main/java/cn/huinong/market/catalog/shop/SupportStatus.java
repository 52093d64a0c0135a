package cn.huinong.market.catalog.shop;

/** Why a shop may carry the "助农" label: it belongs to a supported household or to a programme trainee. */
public enum SupportStatus {
    NONE, SUPPORTED_HOUSEHOLD, TRAINEE
}
