package cn.huinong.market.gateway.web;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.gateway.client.CatalogClient;
import cn.huinong.market.gateway.client.Category;
import cn.huinong.market.gateway.client.SearchHit;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** The buyer's first page: search, the top categories, the halal and 助农 shortcuts, and the newest products. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    private static final Logger LOG = Logger.getLogger(HomeResource.class);

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(List<Category> categories, List<SearchHit> newest);
    }

    @Inject WebSession web;

    @Inject
    @RestClient CatalogClient catalog;

    @GET
    public TemplateInstance home() {
        // The home page stays up when catalog is down: the search box and the shortcuts still work.
        List<Category> categories = List.of();
        List<SearchHit> newest = List.of();
        try {
            categories = itemsOf(catalog.categories(100, web.lang())).stream()
                    .filter(c -> c.parentId() == null).toList();
            newest = itemsOf(catalog.search(null, null, null, null, 6, web.bearer(), web.lang()));
        } catch (RuntimeException e) {
            LOG.warnf("home page without catalog data: %s", e.toString());
        }
        return web.page(Templates.home(categories, newest));
    }

    static <T> List<T> itemsOf(Page<T> page) {
        return page == null || page.items() == null ? List.of() : page.items();
    }
}
