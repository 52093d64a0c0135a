package cn.huinong.market.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A service's refusal becomes a page in the reader's language, never a stack trace: what is not theirs or not
 * there is "not found" (with the service's status), a refused form shows the service's own reason (its problem
 * {@code detail}, already in the reader's language), and a service that is down is "try again".
 */
public class WebExceptionMapper {

    private static final Logger LOG = Logger.getLogger(WebExceptionMapper.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance error(String kind, String detail);
    }

    @Inject WebSession web;

    @ServerExceptionMapper
    public Response refused(ClientWebApplicationException e) {
        Response upstream = e.getResponse();
        int status = upstream == null ? 500 : upstream.getStatus();
        if (status >= 500) {
            LOG.warnf("a service failed behind a page: %s", e.toString());
            return page(503, "unavailable", null);
        }
        if (status == 403 || status == 404) {
            return page(status, "not-found", null);
        }
        return page(status, "refused", detailOf(upstream));
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("a service did not answer a page: %s", e.toString());
        return page(503, "unavailable", null);
    }

    private Response page(int status, String kind, String detail) {
        String html = web.page(Templates.error(kind, detail)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** The human-readable reason in a service's problem answer (already in the reader's language), if any. */
    public static String detailOf(Response response) {
        try {
            if (response == null || !response.hasEntity()) {
                return null;
            }
            JsonNode problem = JSON.readTree(response.readEntity(String.class));
            StringBuilder detail = new StringBuilder(problem.path("detail").asText(""));
            for (JsonNode error : problem.path("errors")) {
                detail.append(' ').append(error.path("field").asText()).append(": ")
                        .append(error.path("message").asText());
            }
            String text = detail.toString().strip();
            return text.isEmpty() ? null : text;
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }
}
