package cn.huinong.market.training.placement;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import cn.huinong.market.training.cohort.ClientIds;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.trainee.TraineeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Job placements of trainees, shown with their computed retention. */
@ApplicationScoped
public class PlacementService {

    @Inject PlacementRepository placements;

    @Inject Clock clock;

    @Inject TraineeAccess access;

    @Transactional
    public PlacementView create(UUID traineeId, PlacementRequest request, Viewer viewer, LocalDate asOf) {
        access.trainee(traineeId, viewer);
        UUID id = ClientIds.unused(request.id(), placements, "placement");
        Placement p = new Placement(id, traineeId, viewer.sub(), OffsetDateTime.now(clock));
        apply(p, request);
        placements.persistAndFlush(p);
        return view(p, asOf);
    }

    @Transactional
    public PlacementView replace(UUID traineeId, UUID id, String ifMatch, PlacementRequest request, Viewer viewer,
            LocalDate asOf) {
        Placement p = find(traineeId, id, viewer);
        ETags.requireCurrent(ifMatch, p.version, () -> view(p, asOf));
        ClientIds.sameAs(request.id(), id);
        apply(p, request);
        placements.flush();
        return view(p, asOf);
    }

    public PlacementView get(UUID traineeId, UUID id, Viewer viewer, LocalDate asOf) {
        return view(find(traineeId, id, viewer), asOf);
    }

    public List<PlacementView> ofTrainee(UUID traineeId, Viewer viewer, LocalDate asOf) {
        access.trainee(traineeId, viewer);
        List<Placement> all = placements.ofTrainee(traineeId);
        return all.stream().map(p -> PlacementView.of(p, Retention.of(p, all, asOf))).toList();
    }

    private PlacementView view(Placement p, LocalDate asOf) {
        return PlacementView.of(p, Retention.of(p, placements.ofTrainee(p.traineeId), asOf));
    }

    private Placement find(UUID traineeId, UUID id, Viewer viewer) {
        access.trainee(traineeId, viewer);
        return placements.findByIdOptional(id).filter(p -> p.traineeId.equals(traineeId))
                .orElseThrow(() -> ProblemException.notFound("placement", id));
    }

    private void apply(Placement p, PlacementRequest request) {
        p.employerName = request.employerName().strip();
        p.employerKey = p.employerName.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        p.role = request.role().strip();
        p.startDate = request.startDate();
        p.endDate = request.endDate();
        p.monthlyWageFen = request.monthlyWageFen();
        p.trainingRelated = request.trainingRelated();
        p.verification = request.verification();
        p.updatedAt = OffsetDateTime.now(clock);
    }
}
