package cn.huinong.market.orders.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns catalog-service's error responses into {@link CatalogRefusal} (4xx) or {@link CatalogUnavailable} (5xx). */
public class CatalogErrors implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new CatalogUnavailable("catalog-service answered " + status, null);
        }
        JsonNode body;
        try {
            String text = response.readEntity(String.class);
            body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (Exception e) {
            body = JSON.createObjectNode();
        }
        return new CatalogRefusal(status, body);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
