package cn.huinong.market.training.certificate;

import cn.huinong.market.training.cohort.StampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "certificate")
public class Certificate extends StampedEntity {

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type", nullable = false, length = 32) public WorkType workType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8) public SkillLevel level;

    @Column(name = "issued_on", nullable = false) public LocalDate issuedOn;

    @Column(name = "expires_on") public LocalDate expiresOn;

    @Column(name = "verification_code", nullable = false, length = 16, unique = true) public String verificationCode;

    @Column(name = "issued_by", nullable = false, length = 255) public String issuedBy;

    Certificate(UUID id, UUID traineeId, CertificateRequest request, String code, String issuedBy,
            OffsetDateTime at) {
        super(id, at);
        this.traineeId = traineeId;
        this.verificationCode = code;
        this.issuedBy = issuedBy;
        this.workType = request.workType();
        this.level = request.level();
        this.issuedOn = request.issuedOn();
        this.expiresOn = request.expiresOn();
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && (expiresOn == null || day.isBefore(expiresOn));
    }

    /** For Hibernate, which loads rows into empty instances. */
    protected Certificate() {
    }
}
