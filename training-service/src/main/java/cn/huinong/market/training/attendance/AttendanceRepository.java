package cn.huinong.market.training.attendance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, UUID> {

    public Optional<Attendance> of(UUID sessionId, UUID traineeId) {
        return find("sessionId = ?1 and traineeId = ?2", sessionId, traineeId).firstResultOptional();
    }

    public List<Attendance> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by traineeId", sessionId);
    }

    public List<Attendance> ofCohort(UUID cohortId) {
        return list("sessionId in (select s.id from CohortSession s where s.cohortId = ?1)", cohortId);
    }
}
