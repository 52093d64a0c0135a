package cn.huinong.market.training.cohort;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Programmes and their modules: the curriculum, the same for every trainer (no personal data). */
@ApplicationScoped
public class ProgrammeService {

    static final BigDecimal DEFAULT_PASS_SCORE = new BigDecimal("60");

    @Inject ProgrammeRepository programmes;

    @Inject Clock clock;

    @Inject ProgrammeModuleRepository modules;

    @Transactional
    public ProgrammeView create(ProgrammeRequest request) {
        UUID id = ClientIds.unused(request.id(), programmes, "programme");
        Programme p = new Programme();
        p.id = id;
        p.name = request.name().strip();
        p.description = request.description() == null ? null : request.description().strip();
        p.tracks.addAll(request.tracks());
        p.createdAt = OffsetDateTime.now(clock);
        p.updatedAt = p.createdAt;
        programmes.persistAndFlush(p);
        return ProgrammeView.of(p, List.of());
    }

    public Page<ProgrammeView> list(String after, int limit) {
        return Page.of(programmes.page(after, limit), limit, p -> ProgrammeView.of(p, modulesOf(p.id)),
                p -> new TimeKey(p.createdAt, p.id).cursor());
    }

    public ProgrammeView get(UUID id) {
        return ProgrammeView.of(find(id), modulesOf(id));
    }

    @Transactional
    public ModuleView addModule(UUID programmeId, ModuleRequest request) {
        Programme p = find(programmeId);
        if (request.track() != null && !p.tracks.contains(request.track())) {
            throw ProblemException.invalidField("track", "huinong.module.track-not-in-programme");
        }
        UUID id = ClientIds.unused(request.id(), modules, "module");
        if (modules.codeTaken(programmeId, request.code())) {
            throw ProblemException.conflict("detail.conflict.unique");
        }
        ProgrammeModule m = new ProgrammeModule();
        m.id = id;
        m.programmeId = programmeId;
        m.code = request.code();
        m.name = request.name().strip();
        m.track = request.track();
        m.requiredHours = request.requiredHours();
        m.passScore = request.passScore() == null ? DEFAULT_PASS_SCORE : request.passScore();
        m.createdAt = OffsetDateTime.now(clock);
        modules.persistAndFlush(m);
        return ModuleView.of(m);
    }

    private List<ModuleView> modulesOf(UUID programmeId) {
        return modules.ofProgramme(programmeId).stream().map(ModuleView::of).toList();
    }

    private Programme find(UUID id) {
        Programme p = programmes.findById(id);
        if (p == null) {
            throw ProblemException.notFound("programme", id);
        }
        return p;
    }

    /** A module by id, or null. */
    public ProgrammeModule module(UUID id) {
        return modules.findById(id);
    }
}
