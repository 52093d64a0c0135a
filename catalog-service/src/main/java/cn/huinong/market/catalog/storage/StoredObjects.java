package cn.huinong.market.catalog.storage;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The few things uploads and images need from the S3 store: presigned URLs (the bytes never pass through the
 * service on the way in or out), a capped streaming download of an upload, puts and deletes. Blocking: call it
 * from worker threads only.
 */
@ApplicationScoped
public class StoredObjects {

    private static final Logger LOG = Logger.getLogger(StoredObjects.class);
    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject", "NotFound", "ResourceNotFound");

    public record PresignedUrl(String url, OffsetDateTime expiresAt) {
    }

    /** An upload fetched into a private temporary file; close it to delete the file. */
    public record Download(Path file, long size) implements AutoCloseable {

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Cannot delete temporary file %s: %s", file, e.getMessage());
            }
        }
    }

    @Inject Clock clock;

    @Inject MinioClient minio;

    @Inject ObjectStorage storage;

    /**
     * The S3 endpoint as clients outside see it (e.g. {@code https://s3.huinong.example}). Presigned URLs are
     * signed for the host in them, so when clients reach the store by another name than the service does, the
     * URLs must be signed for that name. Unset: the service's own endpoint ({@code quarkus.minio.*}).
     */
    @ConfigProperty(name = "huinong.catalog.presign.endpoint") Optional<String> presignEndpoint;

    @ConfigProperty(name = "huinong.catalog.presign.region", defaultValue = "us-east-1") String presignRegion;

    @ConfigProperty(name = "quarkus.minio.access-key") String accessKey;

    @ConfigProperty(name = "quarkus.minio.secret-key") String secretKey;

    private MinioClient signer;

    @PostConstruct
    void init() {
        // Signing is a local computation once the region is known, so this client never talks to the store.
        signer = presignEndpoint.filter(e -> !e.isBlank())
                .map(endpoint -> MinioClient.builder().endpoint(endpoint).region(presignRegion)
                        .credentials(accessKey, secretKey).build())
                .orElse(minio);
    }

    public PresignedUrl presignPut(String key, Duration expiry) {
        return presign(Method.PUT, key, expiry);
    }

    public PresignedUrl presignGet(String key, Duration expiry) {
        return presign(Method.GET, key, expiry);
    }

    private PresignedUrl presign(Method method, String key, Duration expiry) {
        OffsetDateTime expiresAt = OffsetDateTime.now(clock).plus(expiry).withNano(0);
        try {
            String url = signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(method).bucket(storage.bucket()).object(key)
                    .expiry((int) Math.max(1, expiry.toSeconds())).build());
            return new PresignedUrl(url, expiresAt);
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    /** The object's size, or empty when there is no such object. */
    public Optional<Long> size(String key) {
        try {
            return Optional.of(minio.statObject(StatObjectArgs.builder().bucket(storage.bucket()).object(key).build())
                    .size());
        } catch (ErrorResponseException e) {
            if (MISSING.contains(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw unavailable(e);
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    /**
     * Streams an upload into a temporary file, refusing (413) past {@code maxBytes} whatever its stated size, so
     * an object that grew after the size check cannot fill the disk. Missing object: 422 {@code missingKey}.
     */
    public Download download(String key, long maxBytes, String missingKey, String tooLargeKey) {
        long stated = size(key).orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, missingKey));
        if (stated > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, tooLargeKey, maxBytes / (1024 * 1024));
        }
        Path file;
        try {
            file = Files.createTempFile("huinong-upload-", ".bin");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary file", e);
        }
        Download download = new Download(file, 0);
        try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket(storage.bucket()).object(key).build());
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > maxBytes) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, tooLargeKey, maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            return new Download(file, total);
        } catch (ProblemException e) {
            download.close();
            throw e;
        } catch (ErrorResponseException e) {
            download.close();
            if (MISSING.contains(e.errorResponse().code())) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, missingKey);
            }
            throw unavailable(e);
        } catch (Exception e) {
            download.close();
            throw unavailable(e);
        }
    }

    public void put(String key, byte[] bytes, String contentType) {
        try {
            minio.putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key)
                    .stream(new ByteArrayInputStream(bytes), bytes.length, -1).contentType(contentType).build());
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    public void put(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            minio.putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key)
                    .stream(in, Files.size(file), -1).contentType(contentType).build());
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    /** Deletes an object; a failure is only logged (a stray object costs storage, not correctness). */
    public void deleteQuietly(String key) {
        if (key == null) {
            return;
        }
        try {
            minio.removeObject(RemoveObjectArgs.builder().bucket(storage.bucket()).object(key).build());
        } catch (Exception e) {
            LOG.warnf("Cannot delete object %s: %s", key, e.getMessage());
        }
    }

    private static RuntimeException unavailable(Exception e) {
        LOG.warnf(e, "Object storage failed");
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.storage-unavailable");
    }
}
