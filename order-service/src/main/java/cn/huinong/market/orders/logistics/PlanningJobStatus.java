package cn.huinong.market.orders.logistics;

public enum PlanningJobStatus {
    QUEUED, RUNNING, DONE, FAILED
}
