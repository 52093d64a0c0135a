package cn.huinong.market.orders.ledger;

import java.time.OffsetDateTime;
import java.util.UUID;

public record PayoutView(UUID id, UUID shopId, long amountFen, String currency, String status, String bankReference,
        UUID entryId, String requestedBy, OffsetDateTime createdAt, OffsetDateTime paidAt) {

    static PayoutView of(LedgerStore.Payout p) {
        return new PayoutView(p.id(), p.shopId(), p.amountFen(), p.currency(), p.status(), p.bankReference(),
                p.entryId(), p.requestedBy(), p.createdAt(), p.paidAt());
    }
}
