package cn.huinong.market.training.trainee;

import cn.huinong.market.common.paging.TimeKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    public List<CaseNote> page(UUID traineeId, String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("trainee", traineeId);
        String where = TimeKey.after(after, "traineeId = :trainee", "createdAt", "id", params);
        return find(where + " order by createdAt, id", params).page(0, limit + 1).list();
    }
}
