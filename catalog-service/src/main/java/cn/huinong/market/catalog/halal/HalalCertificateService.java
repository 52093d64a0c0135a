package cn.huinong.market.catalog.halal;

import cn.huinong.market.catalog.category.CategoryService;
import cn.huinong.market.catalog.config.CertificatesConfig;
import cn.huinong.market.catalog.halal.HalalCertificateViews.Certificate;
import cn.huinong.market.catalog.halal.HalalCertificateViews.CertificateRequest;
import cn.huinong.market.catalog.halal.HalalCertificateViews.Event;
import cn.huinong.market.catalog.halal.HalalCertificateViews.EventList;
import cn.huinong.market.catalog.halal.HalalCertificateViews.ScanLink;
import cn.huinong.market.catalog.halal.HalalCertificateViews.ScanUpload;
import cn.huinong.market.catalog.halal.HalalCertificateViews.StatusChange;
import cn.huinong.market.catalog.shop.Ownership;
import cn.huinong.market.catalog.storage.StoredObjects;
import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.image.ContentSniffer;
import cn.huinong.market.common.image.ContentSniffer.Kind;
import cn.huinong.market.common.paging.DateKey;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.web.ETags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Halal certificates as sellers register them and admins judge them. A seller sees and changes only their own
 * shop's certificates (others' are "not found"); admins see all and alone change the status, always with a reason
 * that goes into the certificate's history.
 */
@ApplicationScoped
public class HalalCertificateService {

    private static final String WHAT = "halal certificate";
    private static final Set<Kind> SCAN_KINDS = Set.of(Kind.JPEG, Kind.PNG, Kind.PDF);

    @Inject Clock clock;

    @Inject HalalCertificateRepository certificates;

    @Inject CategoryService categories;

    @Inject Ownership ownership;

    @Inject HalalCertificates coverage;

    @Inject StoredObjects objects;

    @Inject CertificatesConfig config;

    @Transactional
    public Certificate register(UUID shopId, CertificateRequest request) {
        ownership.shop(shopId);
        UUID id = ClientIds.newId(request.id(), certificates::findById, WHAT);
        HalalCertificate certificate = new HalalCertificate();
        certificate.id = id;
        certificate.shopId = shopId;
        certificate.status = HalalCertificateStatus.ACTIVE;
        apply(certificate, request);
        certificate.createdAt = now();
        certificate.updatedAt = certificate.createdAt;
        certificates.persist(certificate);
        record(certificate, HalalCertificateEvent.Action.REGISTERED, null, certificate.status, null);
        certificates.flush();
        return view(certificate);
    }

    public Page<Certificate> list(UUID shopId, String after, int limit) {
        ownership.shop(shopId);
        return page(after, limit, (afterValidTo, afterId) -> certificates.page(shopId, afterValidTo, afterId, limit));
    }

    /** Every shop's certificates (admins), optionally of one status. */
    public Page<Certificate> listAll(HalalCertificateStatus status, String after, int limit) {
        return page(after, limit,
                (afterValidTo, afterId) -> certificates.pageAll(status, afterValidTo, afterId, limit));
    }

    private Page<Certificate> page(String after, int limit,
            java.util.function.BiFunction<LocalDate, UUID, List<HalalCertificate>> query) {
        DateKey key = DateKey.decode(after);
        LocalDate today = coverage.today();
        return Page.of(query.apply(key == null ? null : key.date(), key == null ? null : key.id()), limit,
                c -> Certificate.of(c, today), c -> new DateKey(c.validTo, c.id).cursor());
    }

    public Certificate get(UUID shopId, UUID id) {
        return view(find(shopId, id));
    }

    @Transactional
    public Certificate replace(UUID shopId, UUID id, String ifMatch, CertificateRequest request) {
        HalalCertificate certificate = find(shopId, id);
        ETags.requireCurrent(ifMatch, certificate.version, () -> view(certificate));
        ProblemException.requireSameId(request.id(), id);
        if (certificate.status == HalalCertificateStatus.REVOKED) {
            throw ProblemException.conflict("detail.certificate-revoked");
        }
        apply(certificate, request);
        touch(certificate);
        record(certificate, HalalCertificateEvent.Action.UPDATED, certificate.status, certificate.status, null);
        certificates.flush();
        return view(certificate);
    }

    /** An admin suspends, reinstates or revokes a certificate; REVOKED is final. */
    @Transactional
    public Certificate changeStatus(UUID shopId, UUID id, String ifMatch, StatusChange change) {
        HalalCertificate certificate = find(shopId, id);
        ETags.requireCurrent(ifMatch, certificate.version, () -> view(certificate));
        HalalCertificateStatus from = certificate.status;
        if (from == HalalCertificateStatus.REVOKED) {
            throw ProblemException.conflict("detail.certificate-revoked");
        }
        if (from == change.status()) {
            throw ProblemException.conflict("detail.certificate-same-status", from);
        }
        certificate.status = change.status();
        touch(certificate);
        record(certificate, HalalCertificateEvent.Action.STATUS_CHANGED, from, change.status(),
                change.reason().strip());
        certificates.flush();
        return view(certificate);
    }

    public EventList history(UUID shopId, UUID id) {
        find(shopId, id);
        return new EventList(certificates.history(id).stream().map(Event::of).toList(), null);
    }

    public ScanUpload startScanUpload(UUID shopId, UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            HalalCertificate certificate = find(shopId, id);
            if (certificate.status == HalalCertificateStatus.REVOKED) {
                throw ProblemException.conflict("detail.certificate-revoked");
            }
        });
        StoredObjects.PresignedUrl url = objects.presignPut(scanUploadKey(id), config.uploadUrlExpiry());
        return new ScanUpload(url.url(), url.expiresAt(), config.scanMaxBytes());
    }

    /** Checks the uploaded scan by its content (JPEG, PNG or PDF, within the size limit) and keeps it. */
    public Certificate completeScanUpload(UUID shopId, UUID id) {
        QuarkusTransaction.requiringNew().run(() -> find(shopId, id));
        String uploadKey = scanUploadKey(id);
        String scanKey;
        try (StoredObjects.Download upload = objects.download(uploadKey, config.scanMaxBytes(),
                "detail.scan-upload-missing", "detail.scan-too-large")) {
            Kind kind = ContentSniffer.sniff(upload.file()).filter(SCAN_KINDS::contains).orElseThrow(
                    () -> new ProblemException(ProblemType.UNPROCESSABLE, "detail.scan-not-accepted"));
            scanKey = "certificates/" + shopId + "/" + id + "/scan-" + UUID.randomUUID() + "." + kind.extension;
            objects.put(scanKey, upload.file(), kind.mediaType);
        } catch (ProblemException refused) {
            if (refused.type().status() < 500 && !"detail.scan-upload-missing".equals(refused.detailKey())) {
                objects.deleteQuietly(uploadKey);
            }
            throw refused;
        }
        objects.deleteQuietly(uploadKey);
        String[] previous = new String[1];
        Certificate view = QuarkusTransaction.requiringNew().call(() -> {
            HalalCertificate certificate = find(shopId, id);
            previous[0] = certificate.scanObjectKey;
            certificate.scanObjectKey = scanKey;
            touch(certificate);
            record(certificate, HalalCertificateEvent.Action.SCAN_ATTACHED, certificate.status, certificate.status,
                    null);
            certificates.flush();
            return view(certificate);
        });
        objects.deleteQuietly(previous[0]);
        return view;
    }

    public ScanLink scanLink(UUID shopId, UUID id) {
        String key = QuarkusTransaction.requiringNew().call(() -> find(shopId, id).scanObjectKey);
        if (key == null) {
            throw ProblemException.notFound("scan of halal certificate", id);
        }
        StoredObjects.PresignedUrl url = objects.presignGet(key, config.scanUrlExpiry());
        String extension = key.substring(key.lastIndexOf('.') + 1);
        String type = List.of(Kind.values()).stream().filter(k -> k.extension.equals(extension))
                .map(k -> k.mediaType).findFirst().orElse("application/octet-stream");
        return new ScanLink(url.url(), url.expiresAt(), type);
    }

    private void apply(HalalCertificate certificate, CertificateRequest request) {
        if (request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "detail.certificate-dates");
        }
        String issuer = request.issuer().strip();
        String number = request.number().strip();
        if (certificates.numberTaken(issuer, number, certificate.id)) {
            throw ProblemException.alreadyExists(WHAT, issuer + " " + number);
        }
        Set<UUID> covered = new LinkedHashSet<>(request.categoryIds());
        for (UUID categoryId : covered) {
            if (categories.lookup(categoryId).isEmpty()) {
                throw ProblemException.invalidField("categoryIds", "detail.certificate-category-missing", categoryId);
            }
        }
        certificate.issuer = issuer;
        certificate.number = number;
        certificate.scope = request.scope().strip();
        certificate.validFrom = request.validFrom();
        certificate.validTo = request.validTo();
        certificate.categoryIds.clear();
        certificate.categoryIds.addAll(covered);
    }

    private HalalCertificate find(UUID shopId, UUID id) {
        ownership.shop(shopId);
        return Optional.ofNullable(certificates.findById(id)).filter(c -> c.shopId.equals(shopId))
                .orElseThrow(() -> ProblemException.notFound(WHAT, id));
    }

    private void record(HalalCertificate certificate, HalalCertificateEvent.Action action,
            HalalCertificateStatus from, HalalCertificateStatus to, String reason) {
        HalalCertificateEvent event = new HalalCertificateEvent();
        event.certificateId = certificate.id;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = to;
        event.actorSub = ownership.caller();
        event.reason = reason;
        event.at = now();
        certificates.record(event);
    }

    private void touch(HalalCertificate certificate) {
        certificate.updatedAt = now();
        // Collection-only changes do not bump @Version by themselves; the timestamp change above does.
    }

    private Certificate view(HalalCertificate certificate) {
        return Certificate.of(certificate, coverage.today());
    }

    private static String scanUploadKey(UUID certificateId) {
        return "uploads/certificates/" + certificateId;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
