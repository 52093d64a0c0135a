package cn.huinong.market.catalog.halal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The audit trail of a halal certificate: who registered, changed or (un)suspended it, when and why. */
@Entity
@Table(name = "halal_certificate_event")
public class HalalCertificateEvent {

    public enum Action {
        REGISTERED, UPDATED, SCAN_ATTACHED, STATUS_CHANGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Column(name = "certificate_id", nullable = false) public UUID certificateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status") public HalalCertificateStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status") public HalalCertificateStatus toStatus;

    @Column(name = "actor_sub", nullable = false) public String actorSub;

    @Column public String reason;

    @Column(nullable = false) public OffsetDateTime at;
}
