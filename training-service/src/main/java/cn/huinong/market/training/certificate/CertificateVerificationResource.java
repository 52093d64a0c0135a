package cn.huinong.market.training.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/certificates/verify")
@Tag(name = "Assessments and certificates")
public class CertificateVerificationResource {

    @Inject CertificateService service;

    @GET
    @Path("{code}")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Public: check a certificate by its code (name, certificate, level, dates, validity only)")
    public CertificateCheck verify(@PathParam("code") String code) {
        return service.verify(code);
    }
}
