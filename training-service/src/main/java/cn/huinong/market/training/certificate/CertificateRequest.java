package cn.huinong.market.training.certificate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

public record CertificateRequest(UUID id, @NotNull WorkType workType, @NotNull SkillLevel level,
        @NotNull @PastOrPresent LocalDate issuedOn, LocalDate expiresOn) {

    /** Reported on expiresOn. */
    @AssertTrue(message = "{huinong.certificate.expiry-before-issue}")
    public boolean isExpiresOn() {
        return issuedOn == null || expiresOn == null || expiresOn.isAfter(issuedOn);
    }
}
