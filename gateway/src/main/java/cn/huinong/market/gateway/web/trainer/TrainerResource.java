package cn.huinong.market.gateway.web.trainer;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.gateway.client.Cohort;
import cn.huinong.market.gateway.client.Funnel;
import cn.huinong.market.gateway.client.TrainingClient;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The trainer's cohorts and each cohort's funnel, exactly as training-service reports them. */
@Path("/trainer")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TrainerResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance cohorts(List<Cohort> cohorts);

        static native TemplateInstance funnel(Funnel funnel);
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject WebSession web;

    @Inject Clock clock;

    @Inject
    @RestClient TrainingClient training;

    @GET
    public TemplateInstance cohorts() {
        Page<Cohort> page = training.cohorts(100, web.bearer(), web.lang());
        return web.page(Templates.cohorts(page.items() == null ? List.of() : page.items()));
    }

    @GET
    @Path("cohorts/{id}")
    public TemplateInstance funnel(@PathParam("id") UUID id, @QueryParam("asOf") String asOf) {
        // Today in China unless the trainer picked another day (training-service checks the date).
        String day = asOf != null && asOf.matches("\\d{4}-\\d{2}-\\d{2}") ? asOf
                : LocalDate.now(clock.withZone(CHINA)).toString();
        return web.page(Templates.funnel(training.funnel(id, day, web.bearer(), web.lang())));
    }
}
