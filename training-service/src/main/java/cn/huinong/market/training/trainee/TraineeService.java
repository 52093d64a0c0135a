package cn.huinong.market.training.trainee;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import cn.huinong.market.training.cohort.ClientIds;
import cn.huinong.market.training.cohort.CohortAccess;
import cn.huinong.market.training.cohort.EnrolmentService;
import cn.huinong.market.training.cohort.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Trainees and their protected data: sealed on the way in, masked on the way out unless revealed (and logged). */
@ApplicationScoped
public class TraineeService {

    @Inject TraineeRepository trainees;

    @Inject Clock clock;

    @Inject ConsentRepository consents;

    @Inject SensitiveAccessRepository accessLog;

    @Inject SensitiveDataCipher cipher;

    @Inject TraineeAccess access;

    @Inject CohortAccess cohorts;

    @Inject EnrolmentService enrolments;

    @Transactional
    public TraineeView create(TraineeRequest request, Viewer viewer) {
        if (!viewer.admin() && request.cohortId() == null) {
            throw ProblemException.invalidField("cohortId", "huinong.trainee.cohort-required");
        }
        if (request.cohortId() != null) {
            cohorts.cohort(request.cohortId(), viewer);
        }
        UUID id = ClientIds.unused(request.id(), trainees, "trainee");
        Trainee t = new Trainee();
        t.id = id;
        apply(t, request);
        t.createdBy = viewer.sub();
        t.createdAt = OffsetDateTime.now(clock);
        t.updatedAt = t.createdAt;
        trainees.persistAndFlush(t);
        if (request.cohortId() != null) {
            enrolments.enrolNew(request.cohortId(), t.id, viewer.sub());
        }
        return TraineeView.masked(t, null);
    }

    /**
     * Replaces the trainee's data. The sensitive fields are sealed again with the current key, so saving a
     * trainee also moves it off a retired key (see SensitiveDataCipher on rotation).
     */
    @Transactional
    public TraineeView replace(UUID id, String ifMatch, TraineeRequest request, Viewer viewer) {
        Trainee t = access.trainee(id, viewer);
        ETags.requireCurrent(ifMatch, t.version,
                () -> masked(t));
        ClientIds.sameAs(request.id(), id);
        if (request.cohortId() != null) {
            throw ProblemException.invalidField("cohortId", "huinong.trainee.cohort-on-intake-only");
        }
        apply(t, request);
        t.updatedAt = OffsetDateTime.now(clock);
        trainees.flush();
        return masked(t);
    }

    private void apply(Trainee t, TraineeRequest request) {
        String nationalId = NationalIds.normalise(request.nationalId());
        if (nationalId != null && !nationalId.isEmpty() && !NationalIds.isValid(nationalId)) {
            throw ProblemException.invalidField("nationalId", "huinong.trainee.national-id-invalid");
        }
        t.name = request.name().strip();
        t.countyCode = request.countyCode();
        t.countyName = request.countyName().strip();
        t.townshipCode = request.townshipCode();
        t.townshipName = request.townshipName() == null ? null : request.townshipName().strip();
        t.phone = request.phone();
        t.baselineIncomeFen = request.baselineMonthlyIncomeFen();
        t.cryptoKeyId = cipher.currentKeyId();
        t.supportStatusEnc = cipher.seal(request.supportStatus().name(), t.id, SensitiveField.SUPPORT_STATUS);
        if (nationalId != null && !nationalId.isEmpty()) {
            t.nationalIdEnc = cipher.seal(nationalId, t.id, SensitiveField.NATIONAL_ID);
            t.nationalIdMasked = NationalIds.mask(nationalId);
        } else {
            t.nationalIdEnc = null;
            t.nationalIdMasked = null;
        }
    }

    public Page<TraineeView> list(Viewer viewer, String after, int limit) {
        return Page.of(trainees.page(viewer.trainerScope(), after, limit), limit,
                t -> masked(t),
                t -> new cn.huinong.market.common.paging.TimeKey(t.createdAt, t.id).cursor());
    }

    public TraineeView get(UUID id, Viewer viewer) {
        Trainee t = access.trainee(id, viewer);
        return masked(t);
    }

    /**
     * Decrypts the sensitive fields for a caller who may see the trainee, only while a consent is in force, and
     * logs one audit row per field revealed, in the same transaction as the read.
     */
    @Transactional
    public TraineeView reveal(UUID id, String purpose, Viewer viewer) {
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalidField("purpose", "huinong.trainee.purpose-required");
        }
        Trainee t = access.trainee(id, viewer);
        ConsentView consent = ConsentView.of(consents.inForce(id)
                .orElseThrow(() -> ProblemException.conflict("detail.consent-required")));
        SupportStatus status = SupportStatus.valueOf(
                cipher.open(t.supportStatusEnc, t.cryptoKeyId, id, SensitiveField.SUPPORT_STATUS));
        log(id, SensitiveField.SUPPORT_STATUS, purpose, viewer);
        String nationalId = null;
        if (t.nationalIdEnc != null) {
            nationalId = cipher.open(t.nationalIdEnc, t.cryptoKeyId, id, SensitiveField.NATIONAL_ID);
            log(id, SensitiveField.NATIONAL_ID, purpose, viewer);
        }
        return TraineeView.revealed(t, consent, status, nationalId);
    }

    public List<AccessLogView> accessLog(UUID id, Viewer viewer) {
        access.trainee(id, viewer);
        return accessLog.ofTrainee(id).stream().map(AccessLogView::of).toList();
    }

    /** The trainee as anyone who may see it sees it: sensitive fields masked, with the consent in force. */
    private TraineeView masked(Trainee t) {
        return TraineeView.masked(t, ConsentView.of(consents.inForce(t.id).orElse(null)));
    }

    private void log(UUID traineeId, SensitiveField field, String purpose, Viewer viewer) {
        SensitiveAccess entry = new SensitiveAccess();
        entry.id = UUID.randomUUID();
        entry.traineeId = traineeId;
        entry.actorSub = viewer.sub();
        entry.accessedAt = OffsetDateTime.now(clock);
        entry.field = field;
        entry.purpose = purpose.strip();
        accessLog.persist(entry);
    }
}
