package cn.huinong.market.training.trainee;

/**
 * The household's support status under the post-2020 monitoring system: lifted out of poverty, or one of the
 * three monitoring categories (监测对象), or none. Sensitive: only ever stored encrypted.
 */
public enum SupportStatus {

    LIFTED_OUT("脱贫户"),
    UNSTABLE_LIFTED("脱贫不稳定户"),
    MARGINAL_AT_RISK("边缘易致贫户"),
    SUDDEN_HARDSHIP("突发严重困难户"),
    NONE("无");

    private final String label;

    SupportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
