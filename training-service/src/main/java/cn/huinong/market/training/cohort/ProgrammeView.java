package cn.huinong.market.training.cohort;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ProgrammeView(UUID id, String name, String description, List<Track> tracks, List<ModuleView> modules,
        long version, OffsetDateTime createdAt) {

    public static ProgrammeView of(Programme p, List<ModuleView> modules) {
        return new ProgrammeView(p.id, p.name, p.description, p.tracks.stream().sorted().toList(), modules,
                p.version, p.createdAt);
    }
}
