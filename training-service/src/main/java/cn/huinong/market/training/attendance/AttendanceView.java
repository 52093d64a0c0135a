package cn.huinong.market.training.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AttendanceView(UUID sessionId, UUID traineeId, AttendanceStatus status, String recordedBy,
        OffsetDateTime recordedAt) {

    public static AttendanceView of(Attendance a) {
        return new AttendanceView(a.sessionId, a.traineeId, a.status, a.recordedBy, a.recordedAt);
    }
}
