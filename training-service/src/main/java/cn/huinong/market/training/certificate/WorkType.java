package cn.huinong.market.training.certificate;

/** The work types of the national 互联网营销师 occupation. */
public enum WorkType {

    LIVE_STREAM_SELLER("直播销售员"),
    PRODUCT_SELECTOR("选品员"),
    VIDEO_PROMOTER("视频创推员"),
    PLATFORM_MANAGER("平台管理员");

    private final String label;

    WorkType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
