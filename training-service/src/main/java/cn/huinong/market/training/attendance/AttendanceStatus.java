package cn.huinong.market.training.attendance;

public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
