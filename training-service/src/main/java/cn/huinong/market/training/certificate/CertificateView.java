package cn.huinong.market.training.certificate;

import java.time.LocalDate;
import java.util.UUID;

public record CertificateView(UUID id, UUID traineeId, WorkType workType, String workTypeLabel, SkillLevel level,
        String levelLabel, LocalDate issuedOn, LocalDate expiresOn, String verificationCode,
        String verificationPath, String issuedBy) {

    public static CertificateView of(Certificate c) {
        return new CertificateView(c.id, c.traineeId, c.workType, c.workType.label(), c.level, c.level.label(),
                c.issuedOn, c.expiresOn, c.verificationCode,
                "/api/training/certificates/verify/" + c.verificationCode, c.issuedBy);
    }
}
