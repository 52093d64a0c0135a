package cn.huinong.market.common.idempotency;

import cn.huinong.market.common.problem.ProblemResponses;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.security.Callers;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Makes {@link Idempotent} endpoints safe to retry. The first request with a key claims it in the database
 * (a racing twin waits for it), does the work, and stores its response; later ones get that response back.
 */
@Provider
@Idempotent
@IfBuildProperty(name = IdempotencyConfig.ENABLED, stringValue = "true", enableIfMissing = true)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private record Claim(String caller, String key) {
    }

    @Inject IdempotencyGate gate;

    @Inject SecurityIdentity identity;

    @Inject ObjectMapper objectMapper;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(Idempotent.HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return;
        }
        UnaryOperator<String> headers = request::getHeaderString;
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!WELL_FORMED_KEY.matcher(key).matches()) {
            request.abortWith(problem(ProblemType.BAD_REQUEST, headers, path, "detail.idempotency-key-malformed"));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = sha256(request.getMethod(), path, body);
        String caller = Callers.subjectOrAnonymous(identity);
        switch (gate.enter(caller, key, request.getMethod(), path, hash)) {
            case IdempotencyGate.Proceed proceed -> request.setProperty(CLAIM, new Claim(caller, key));
            case IdempotencyGate.Replay replay -> request.abortWith(replay(replay.response()));
            case IdempotencyGate.KeyReused reused -> request.abortWith(
                    problem(ProblemType.IDEMPOTENCY_KEY_REUSED, headers, path, "detail.idempotency-key-reused"));
            case IdempotencyGate.StillRunning running -> {
                Response inProgress = problem(ProblemType.IDEMPOTENCY_IN_PROGRESS, headers, path,
                        "detail.idempotency-in-progress");
                inProgress.getHeaders().putSingle("Retry-After", "1");
                request.abortWith(inProgress);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        if (!isFinal(status)) {
            gate.release(claim.caller(), claim.key());
            return;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : StoredResponse.REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        byte[] body = response.hasEntity() ? serialize(response.getEntity()) : null;
        gate.complete(claim.caller(), claim.key(), new StoredResponse(status, contentType(response), kept, body));
    }

    /**
     * Only answers that a retry would get again are stored. A 5xx, or a refusal that depends on the caller's
     * session or on load (401, 403, 408, 429), must let the next attempt do the work.
     */
    private static boolean isFinal(int status) {
        return (status >= 200 && status < 300)
                || (status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429);
    }

    private static Response problem(ProblemType type, UnaryOperator<String> headers, String path, String detailKey) {
        return ProblemResponses.response(type, headers, path, detailKey, new Object[0], null, null);
    }

    private Response replay(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        stored.headers().forEach(builder::header);
        if (stored.body() != null) {
            builder.entity(stored.body()).type(stored.contentType());
        }
        return builder.build();
    }

    /**
     * A resource returning a {@code Response} without {@code @Produces} has no media type yet when this filter runs
     * (Quarkus REST picks JSON later, while writing); the stored body is Jackson's JSON then, so it is replayed as
     * such instead of as octet-stream.
     */
    private static String contentType(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null) {
            return type.toString();
        }
        return response.hasEntity() && !(response.getEntity() instanceof byte[])
                ? MediaType.APPLICATION_JSON + ";charset=UTF-8"
                : null;
    }

    private byte[] serialize(Object entity) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return objectMapper.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + path + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
