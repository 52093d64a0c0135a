package cn.huinong.market.training.repository;

/** The trainee fields that are encrypted at rest and whose every reveal is logged. */
public enum SensitiveField {
    NATIONAL_ID,
    SUPPORT_STATUS
}
