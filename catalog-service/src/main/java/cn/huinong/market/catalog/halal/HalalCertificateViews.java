package cn.huinong.market.catalog.halal;

import cn.huinong.market.common.web.VersionedView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of the halal certificate API. */
public final class HalalCertificateViews {

    private HalalCertificateViews() {
    }

    /** What a seller registers or replaces; the id may come from the client so a retried create is safe. */
    public record CertificateRequest(
            UUID id,
            @NotBlank @Size(max = 200) String issuer,
            @NotBlank @Size(max = 100) String number,
            @NotBlank @Size(max = 1000) String scope,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> categoryIds,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo) {
    }

    /**
     * A certificate. {@code coversToday} is true while it is ACTIVE and today (Asia/Shanghai) lies within its
     * validity, i.e. while it can make products halal.
     */
    public record Certificate(UUID id, UUID shopId, String issuer, String number, String scope,
            List<UUID> categoryIds, LocalDate validFrom, LocalDate validTo,
            HalalCertificateStatus status, boolean coversToday, boolean hasScan, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) implements VersionedView {

        public static Certificate of(HalalCertificate c, LocalDate today) {
            return new Certificate(c.id, c.shopId, c.issuer, c.number, c.scope,
                    c.categoryIds.stream().sorted().toList(), c.validFrom, c.validTo, c.status,
                    c.status == HalalCertificateStatus.ACTIVE && c.validOn(today), c.scanObjectKey != null,
                    c.version, c.createdAt, c.updatedAt);
        }
    }

    /** An admin's decision: the new status and why (kept in the certificate's history). */
    public record StatusChange(@NotNull HalalCertificateStatus status, @NotBlank @Size(max = 1000) String reason) {
    }

    public record Event(String action, HalalCertificateStatus fromStatus, HalalCertificateStatus toStatus,
            String actor, String reason, OffsetDateTime at) {

        public static Event of(HalalCertificateEvent e) {
            return new Event(e.action.name(), e.fromStatus, e.toStatus, e.actorSub, e.reason, e.at);
        }
    }

    public record EventList(List<Event> items, String nextCursor) {
    }

    /** Where to PUT the scan (JPEG, PNG or PDF), then POST …/scan/completion. */
    public record ScanUpload(String uploadUrl, OffsetDateTime expiresAt, long maxBytes) {
    }

    /** A short-lived link to the stored scan (owner and admins only). */
    public record ScanLink(String url, OffsetDateTime expiresAt, String contentType) {
    }
}
