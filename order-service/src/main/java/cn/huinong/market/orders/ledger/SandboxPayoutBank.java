package cn.huinong.market.orders.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A bank that pays at once and never fails, until a real one is contracted. */
@ApplicationScoped
public class SandboxPayoutBank implements PayoutBank {

    @Override
    public String transfer(UUID payoutId, UUID shopId, long amountFen) {
        return "SANDBOX-" + payoutId.toString().replace("-", "").substring(0, 20).toUpperCase();
    }
}
