package cn.huinong.market.catalog.trace;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TraceLotRepository implements PanacheRepositoryBase<TraceLot, UUID> {

    public Optional<TraceLot> byEpcClass(String epcClass) {
        return find("epcClass", epcClass).firstResultOptional();
    }

    public boolean shortCodeTaken(String code) {
        return count("shortCode", code) > 0;
    }
}
