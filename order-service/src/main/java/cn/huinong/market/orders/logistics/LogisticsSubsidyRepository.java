package cn.huinong.market.orders.logistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LogisticsSubsidyRepository implements PanacheRepositoryBase<LogisticsSubsidy, UUID> {

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
