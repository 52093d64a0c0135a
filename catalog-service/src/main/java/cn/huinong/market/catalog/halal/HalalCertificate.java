package cn.huinong.market.catalog.halal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A halal certificate (清真认证) of a shop. It covers the listed categories and everything below them, on the
 * days from {@link #validFrom} to {@link #validTo} inclusive, while ACTIVE.
 */
@Entity
@Table(name = "halal_certificate")
public class HalalCertificate {

    @Id public UUID id;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Column(nullable = false) public String issuer;

    @Column(nullable = false) public String number;

    @Column(nullable = false) public String scope;

    @Column(name = "valid_from", nullable = false) public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false) public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public HalalCertificateStatus status;

    /** Where the scan lives in the bucket; null until the seller uploaded one. */
    @Column(name = "scan_object_key") public String scanObjectKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "halal_certificate_category", joinColumns = @JoinColumn(name = "certificate_id"))
    @Column(name = "category_id", nullable = false) public Set<UUID> categoryIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;

    /** Valid on that day, leaving status and categories aside. */
    public boolean validOn(java.time.LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
