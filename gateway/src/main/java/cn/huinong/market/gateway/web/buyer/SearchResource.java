package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.gateway.client.CatalogClient;
import cn.huinong.market.gateway.client.SearchHit;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Search as a plain GET form, so results are a link that works without script and can be shared. The 助农 filter
 * keeps the products of shops that carry the label (catalog has no such search parameter yet: it filters the page).
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance search(SearchForm form, List<SearchHit> hits, String nextCursor);
    }

    /** What the reader asked for, echoed into the form and the next-page link. */
    public record SearchForm(String q, UUID categoryId, boolean halal, boolean support) {

        public String query(String after) {
            StringBuilder out = new StringBuilder("/search?q=").append(encode(q == null ? "" : q));
            if (categoryId != null) {
                out.append("&categoryId=").append(categoryId);
            }
            if (halal) {
                out.append("&halal=true");
            }
            if (support) {
                out.append("&support=true");
            }
            return out.append("&after=").append(encode(after)).toString();
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Inject WebSession web;

    @Inject
    @RestClient CatalogClient catalog;

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("categoryId") UUID categoryId,
            @QueryParam("halal") boolean halal, @QueryParam("support") boolean support,
            @QueryParam("after") String after) {
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 100) {
            query = query.substring(0, 100);
        }
        SearchForm form = new SearchForm(query, categoryId, halal, support);
        Page<SearchHit> page = catalog.search(query, categoryId, halal ? Boolean.TRUE : null,
                after == null || after.isBlank() ? null : after, PAGE_SIZE, web.bearer(), web.lang());
        List<SearchHit> hits = page.items() == null ? List.of() : page.items();
        if (support) {
            hits = hits.stream().filter(SearchHit::supportLabel).toList();
        }
        return web.page(Templates.search(form, hits, page.nextCursor()));
    }
}
