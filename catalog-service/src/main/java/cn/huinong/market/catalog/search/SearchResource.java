package cn.huinong.market.catalog.search;

import cn.huinong.market.common.paging.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject ProductSearch search;

    @Inject SearchIndexJobs jobs;

    @GET
    @PermitAll
    @Operation(summary = "Search approved products (public), in Chinese or English, with filters, sort and cursor paging", description = "q: up to 100 characters, every word/bigram must match; categoryId includes sub-categories;"
            + " county: 6-digit county code; halal / inStock: true|false, evaluated now; minPriceFen /"
            + " maxPriceFen: bounds on the cheapest sellable SKU; sort: relevance (default) | price_asc |"
            + " price_desc | newest; after: the nextCursor of the previous page (same sort); limit 1..50.")
    public Page<SearchHit> search(@Valid @BeanParam SearchParams params) {
        return search.search(params.toQuery());
    }

    @POST
    @Path("reindex")
    @RolesAllowed("admin")
    @Operation(summary = "Start a full rebuild of the search index in the background (admin); 202 with its status")
    public Response rebuild() {
        return Response.accepted(jobs.startRebuild()).build();
    }

    @GET
    @Path("reindex")
    @RolesAllowed("admin")
    @Operation(summary = "Status of the last full rebuild of the search index (admin)")
    public SearchIndexJobs.RebuildStatus rebuildStatus() {
        return jobs.rebuildStatus();
    }
}
