package cn.huinong.market.training.certificate;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.ClientIds;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.China;
import cn.huinong.market.training.trainee.Trainee;
import cn.huinong.market.training.trainee.TraineeAccess;
import cn.huinong.market.training.trainee.TraineeDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Certificates and their public verification by an unguessable code. */
@ApplicationScoped
public class CertificateService {

    /** No 0/O, 1/I: codes are read aloud and typed from paper. 32^12 = 2^60 codes. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 12;
    public static final String CODE_PATTERN = "[A-HJ-NP-Z2-9]{12}";

    private final SecureRandom random = new SecureRandom();

    @Inject CertificateRepository certificates;

    @Inject Clock clock;

    @Inject TraineeDirectory trainees;

    @Inject TraineeAccess access;

    @Transactional
    public CertificateView issue(UUID traineeId, CertificateRequest request, Viewer viewer) {
        access.trainee(traineeId, viewer);
        UUID id = ClientIds.unused(request.id(), certificates, "certificate");
        Certificate c = new Certificate(id, traineeId, request, newCode(), viewer.sub(), OffsetDateTime.now(clock));
        certificates.persistAndFlush(c);
        return CertificateView.of(c);
    }

    public List<CertificateView> ofTrainee(UUID traineeId, Viewer viewer) {
        access.trainee(traineeId, viewer);
        return certificates.ofTrainee(traineeId).stream().map(CertificateView::of).toList();
    }

    /** Public: unknown and malformed codes are the same 404. */
    public CertificateCheck verify(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        Certificate c = normalised.matches(CODE_PATTERN) ? certificates.byCode(normalised).orElse(null) : null;
        if (c == null) {
            throw ProblemException.notFound("certificate", normalised);
        }
        Trainee t = trainees.find(c.traineeId);
        return CertificateCheck.of(c, t.name, China.today(clock));
    }

    private String newCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (certificates.byCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
        throw new IllegalStateException("Could not draw a free verification code");
    }
}
