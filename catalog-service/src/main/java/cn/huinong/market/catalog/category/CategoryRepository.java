package cn.huinong.market.catalog.category;

import cn.huinong.market.common.paging.JpqlFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, UUID> {

    /** Keyset page ordered by (sortOrder, code): fetches one row more than asked to tell whether more exist. */
    public List<Category> page(UUID parentId, Integer afterSortOrder, String afterCode, int limit) {
        JpqlFilter filter = new JpqlFilter().eq("parentId", parentId);
        if (afterCode != null) {
            filter.and("(sortOrder > :afterSort or (sortOrder = :afterSort and code > :afterCode))",
                    Map.of("afterSort", afterSortOrder, "afterCode", afterCode));
        }
        return find(filter.where() + " order by sortOrder, code", filter.params()).page(0, limit + 1).list();
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    /** True when {@code candidate} is {@code category} itself or lies below it (a move there would make a cycle). */
    public boolean isSelfOrDescendant(UUID candidate, UUID category) {
        UUID cursor = candidate;
        for (int depth = 0; cursor != null && depth < 64; depth++) {
            if (cursor.equals(category)) {
                return true;
            }
            Category node = findById(cursor);
            cursor = node == null ? null : node.parentId;
        }
        return false;
    }
}
