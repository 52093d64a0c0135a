package cn.huinong.market.training.certificate;

/** The five national vocational skill levels, from 五级 (entry) to 一级 (highest). */
public enum SkillLevel {

    LEVEL_5("五级/初级工"),
    LEVEL_4("四级/中级工"),
    LEVEL_3("三级/高级工"),
    LEVEL_2("二级/技师"),
    LEVEL_1("一级/高级技师");

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
