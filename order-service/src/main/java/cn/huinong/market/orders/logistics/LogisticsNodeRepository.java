package cn.huinong.market.orders.logistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class LogisticsNodeRepository implements PanacheRepositoryBase<LogisticsNode, UUID> {

    /** Keyset page ordered by code; one row more than asked tells whether more exist. */
    public List<LogisticsNode> page(NodeLevel level, UUID parentId, String afterCode, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (level != null) {
            where.append(" and level = :level");
            params.put("level", level);
        }
        if (parentId != null) {
            where.append(" and parentId = :parentId");
            params.put("parentId", parentId);
        }
        if (afterCode != null) {
            where.append(" and code > :afterCode");
            params.put("afterCode", afterCode);
        }
        return find(where + " order by code", params).page(0, limit + 1).list();
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public boolean hasChildren(UUID id) {
        return count("parentId", id) > 0;
    }
}
