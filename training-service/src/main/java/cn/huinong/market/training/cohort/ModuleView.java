package cn.huinong.market.training.cohort;

import java.math.BigDecimal;
import java.util.UUID;

public record ModuleView(UUID id, UUID programmeId, String code, String name, Track track, BigDecimal requiredHours,
        BigDecimal passScore) {

    public static ModuleView of(ProgrammeModule m) {
        return new ModuleView(m.id, m.programmeId, m.code, m.name, m.track, m.requiredHours, m.passScore);
    }
}
