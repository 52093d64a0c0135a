package cn.huinong.market.training.followup;

public enum FollowUpStatus {
    OPEN,
    DONE,
    SKIPPED
}
