package cn.huinong.market.orders.ledger;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Pays a shop's whole available balance out to its bank account: Dr SHOP_AVAILABLE, Cr PAYOUT_CLEARING. */
@ApplicationScoped
public class Payouts {

    @Inject LedgerStore store;

    @Inject LedgerAccess access;

    @Inject PayoutBank bank;

    @Inject Clock clock;

    @Transactional
    public PayoutView payOut(UUID shopId) {
        access.requireOwnerAndLock(shopId);
        Account available = Account.shopAvailable(shopId);
        long balance = store.creditBalance(available);
        if (balance <= 0) {
            throw ProblemException.conflict("detail.ledger-nothing-to-pay-out", balance);
        }
        UUID payoutId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        UUID entryId = store.post(new LedgerStore.EntryHeader("PAYOUT:" + payoutId, PostingKind.PAYOUT, shopId, null,
                null, null, null, payoutId, now),
                List.of(
                        new Leg(available, Side.DEBIT, balance, LineKind.PAYOUT),
                        new Leg(Account.PAYOUT_CLEARING, Side.CREDIT, balance, LineKind.PAYOUT)))
                .orElseThrow(() -> new IllegalStateException("payout " + payoutId + " posted twice"));
        String reference = bank.transfer(payoutId, shopId, balance);
        LedgerStore.Payout payout = new LedgerStore.Payout(payoutId, shopId, balance, Settlement.CNY, "PAID",
                reference, entryId, access.caller(), now, now);
        store.insertPayout(payout);
        return PayoutView.of(payout);
    }

    public Page<PayoutView> list(UUID shopId, String after, int limit) {
        access.requireReader(shopId);
        TimeKey key = TimeKey.decode(after);
        List<LedgerStore.Payout> rows = store.payouts(shopId, key == null ? null : key.at(),
                key == null ? null : key.id(), limit);
        return Page.of(rows, limit, PayoutView::of, p -> new TimeKey(p.createdAt(), p.id()).cursor());
    }
}
