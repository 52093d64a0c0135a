package cn.huinong.market.orders.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;

/**
 * Runs one call of a REST client and turns its JAX-RS failures into plain exceptions, so that an adapter outside
 * the web edge (a payment provider, say) decides what an answer means without knowing HTTP types.
 */
public final class RestCalls {

    private RestCalls() {
    }

    /** The other side answered with an error status. */
    public static final class ErrorStatus extends RuntimeException {

        private final int status;

        ErrorStatus(int status, Throwable cause) {
            super("answered HTTP " + status, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The other side could not be reached, or the connection broke before an answer. */
    public static final class Unreachable extends RuntimeException {

        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    public static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            throw new ErrorStatus(e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            throw new Unreachable(e);
        }
    }
}
