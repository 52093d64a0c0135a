package cn.huinong.market.catalog.search;

import cn.huinong.market.common.problem.ProblemException;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/**
 * The query parameters of a buyer search, taken as text and validated here so that every malformed value is a
 * 400 problem naming its field (JAX-RS would turn a failed conversion into a 404). Empty values mean "not given".
 */
public class SearchParams {

    private static final String UUID_PATTERN = "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @QueryParam("q")
    @Size(max = SearchQuery.MAX_TEXT_LENGTH, message = "detail.search-q-length") public String q;

    @QueryParam("categoryId")
    @Pattern(regexp = UUID_PATTERN, message = "detail.search-uuid") public String categoryId;

    @QueryParam("county")
    @Pattern(regexp = "|[0-9]{6}", message = "detail.search-county") public String county;

    @QueryParam("halal")
    @Pattern(regexp = "|true|false", message = "detail.search-boolean") public String halal;

    @QueryParam("inStock")
    @Pattern(regexp = "|true|false", message = "detail.search-boolean") public String inStock;

    @QueryParam("minPriceFen")
    @Pattern(regexp = "|[0-9]{1,12}", message = "detail.search-price") public String minPriceFen;

    @QueryParam("maxPriceFen")
    @Pattern(regexp = "|[0-9]{1,12}", message = "detail.search-price") public String maxPriceFen;

    @QueryParam("sort")
    @Pattern(regexp = "|relevance|price_asc|price_desc|newest", message = "detail.search-sort") public String sort;

    @QueryParam("after")
    @Size(max = 512) public String after;

    @QueryParam("limit")
    @Pattern(regexp = "|[1-9]|[1-4][0-9]|50", message = "detail.search-limit") public String limit;

    /** The validated query; call after Bean Validation passed. */
    public SearchQuery toQuery() {
        Long min = given(minPriceFen) ? Long.valueOf(minPriceFen) : null;
        Long max = given(maxPriceFen) ? Long.valueOf(maxPriceFen) : null;
        if (min != null && max != null && min > max) {
            throw ProblemException.invalidField("maxPriceFen", "detail.search-price-range");
        }
        return new SearchQuery(
                q == null || q.isBlank() ? null : q.strip(),
                given(categoryId) ? UUID.fromString(categoryId) : null,
                given(county) ? county : null,
                given(halal) ? Boolean.valueOf(halal) : null,
                min, max,
                given(inStock) ? Boolean.valueOf(inStock) : null,
                given(sort) ? SearchSort.fromParam(sort).orElseThrow() : SearchSort.RELEVANCE,
                given(after) ? after : null,
                given(limit) ? Integer.parseInt(limit) : SearchQuery.DEFAULT_LIMIT);
    }

    private static boolean given(String value) {
        return value != null && !value.isEmpty();
    }
}
