package cn.huinong.market.training.certificate;

import java.time.LocalDate;

/**
 * What anyone holding a verification code may learn: whose certificate it is (full name, as printed on it),
 * what it certifies and whether it is valid today. Nothing else about the trainee.
 */
public record CertificateCheck(String name, WorkType workType, String workTypeLabel, SkillLevel level,
        String levelLabel, LocalDate issuedOn, LocalDate expiresOn, boolean valid,
        LocalDate checkedOn) {

    public static CertificateCheck of(Certificate c, String name, LocalDate today) {
        return new CertificateCheck(name, c.workType, c.workType.label(), c.level, c.level.label(), c.issuedOn,
                c.expiresOn, c.validOn(today), today);
    }
}
