package cn.huinong.market.training.trainee;

/** The trainee fields that are encrypted at rest and whose every reveal is logged. */
public enum SensitiveField {
    NATIONAL_ID,
    SUPPORT_STATUS
}
