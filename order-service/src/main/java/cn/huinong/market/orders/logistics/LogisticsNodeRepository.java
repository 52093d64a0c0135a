package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.paging.JpqlFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class LogisticsNodeRepository implements PanacheRepositoryBase<LogisticsNode, UUID> {

    /** Keyset page ordered by code; one row more than asked tells whether more exist. */
    public List<LogisticsNode> page(NodeLevel level, UUID parentId, String afterCode, int limit) {
        JpqlFilter filter = new JpqlFilter().eq("level", level).eq("parentId", parentId);
        if (afterCode != null) {
            filter.and("code > :afterCode", Map.of("afterCode", afterCode));
        }
        return find(filter.where() + " order by code", filter.params()).page(0, limit + 1).list();
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public boolean hasChildren(UUID id) {
        return count("parentId", id) > 0;
    }
}
