package cn.huinong.market.orders.logistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LogisticsLegRepository implements PanacheRepositoryBase<LogisticsLeg, UUID> {

    public List<LogisticsLeg> page(String afterCode, int limit) {
        return (afterCode == null ? find("order by code") : find("code > ?1 order by code", afterCode))
                .page(0, limit + 1).list();
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
