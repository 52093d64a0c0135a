package cn.huinong.market.training.cohort;

import cn.huinong.market.common.paging.TimeKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    public List<Programme> page(String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = TimeKey.after(after, "1 = 1", "createdAt", "id", params);
        return find(where + " order by createdAt, id", params).page(0, limit + 1).list();
    }
}
