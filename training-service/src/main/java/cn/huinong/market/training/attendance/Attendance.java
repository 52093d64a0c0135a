package cn.huinong.market.training.attendance;

import cn.huinong.market.training.cohort.TrainingEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "attendance")
public class Attendance extends TrainingEntity {

    @Column(name = "session_id", nullable = false) public UUID sessionId;

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8) public AttendanceStatus status;

    @Column(name = "recorded_by", nullable = false, length = 255) public String recordedBy;

    @Column(name = "recorded_at", nullable = false) public OffsetDateTime recordedAt;
}
