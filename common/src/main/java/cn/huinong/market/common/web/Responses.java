package cn.huinong.market.common.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/** Responses for versioned resources: every one carries the ETag clients send back in If-Match. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object entity, long version) {
        return Response.ok(entity).header("ETag", ETags.of(version)).build();
    }

    public static Response ok(VersionedView view) {
        return ok(view, view.version());
    }

    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).header("ETag", ETags.of(version)).entity(entity).build();
    }

    /** 201 for a view created in the collection the request was posted to: it stands at {@code <that path>/<id>}. */
    public static Response created(UriInfo postedTo, VersionedView view) {
        return created(postedTo, view.id(), view, view.version());
    }

    /** The same for an entity that is no {@link VersionedView}. */
    public static Response created(UriInfo postedTo, UUID id, Object entity, long version) {
        return created(postedTo.getAbsolutePathBuilder().path(id.toString()).build(), entity, version);
    }

    /** 201 for a view that stands elsewhere: {@code pathTemplate} has one parameter, the view's id. */
    public static Response created(String pathTemplate, VersionedView view) {
        return created(UriBuilder.fromPath(pathTemplate).build(view.id()), view, view.version());
    }
}
