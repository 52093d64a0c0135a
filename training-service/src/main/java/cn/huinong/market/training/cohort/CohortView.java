package cn.huinong.market.training.cohort;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record CohortView(UUID id, String name, String countyCode, String countyName, Track track,
        LocalDate startDate, LocalDate endDate, List<String> trainerSubs, UUID programmeId, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static CohortView of(Cohort c) {
        return new CohortView(c.id, c.name, c.countyCode, c.countyName, c.track, c.startDate, c.endDate,
                c.trainerSubs.stream().sorted().toList(), c.programmeId, c.version, c.createdAt, c.updatedAt);
    }
}
