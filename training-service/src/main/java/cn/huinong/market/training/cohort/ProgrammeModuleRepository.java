package cn.huinong.market.training.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeModuleRepository implements PanacheRepositoryBase<ProgrammeModule, UUID> {

    public List<ProgrammeModule> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by code", programmeId);
    }

    public boolean codeTaken(UUID programmeId, String code) {
        return count("programmeId = ?1 and code = ?2", programmeId, code) > 0;
    }
}
