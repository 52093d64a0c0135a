package cn.huinong.market.catalog.halal;

import cn.huinong.market.catalog.halal.HalalCertificateViews.Certificate;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins review certificates across shops; changes go through the shop's certificate routes. */
@Path("/api/catalog/halal-certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Halal certificates")
@Blocking
public class HalalCertificateAdminResource {

    @Inject HalalCertificateService service;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "All shops' certificates (admin), latest expiry first, optionally of one status")
    public Page<Certificate> list(@QueryParam("status") HalalCertificateStatus status,
            @Valid @BeanParam PageRequest page) {
        return service.listAll(status, page.after, page.limit);
    }
}
