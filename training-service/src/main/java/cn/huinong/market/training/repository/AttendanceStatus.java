package cn.huinong.market.training.repository;

public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
