package cn.huinong.market.common.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Responses for versioned resources: every one carries the ETag clients send back in If-Match. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object entity, long version) {
        return Response.ok(entity).header("ETag", ETags.of(version)).build();
    }

    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).header("ETag", ETags.of(version)).entity(entity).build();
    }
}
