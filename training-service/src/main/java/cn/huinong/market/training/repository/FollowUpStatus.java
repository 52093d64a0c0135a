package cn.huinong.market.training.repository;

public enum FollowUpStatus {
    OPEN,
    DONE,
    SKIPPED
}
