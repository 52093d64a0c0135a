package cn.huinong.market.training.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "certificate")
public class Certificate {

    @Id public UUID id;

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type", nullable = false, length = 32) public WorkType workType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8) public SkillLevel level;

    @Column(name = "issued_on", nullable = false) public LocalDate issuedOn;

    @Column(name = "expires_on") public LocalDate expiresOn;

    @Column(name = "verification_code", nullable = false, length = 16, unique = true) public String verificationCode;

    @Column(name = "issued_by", nullable = false, length = 255) public String issuedBy;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && (expiresOn == null || day.isBefore(expiresOn));
    }
}
