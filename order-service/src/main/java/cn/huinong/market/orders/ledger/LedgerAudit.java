package cn.huinong.market.orders.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Checks the ledger as a whole: every entry balances (the database refuses an unbalanced one at commit, this
 * proves it after the fact) and all accounts together sum to zero.
 */
@ApplicationScoped
public class LedgerAudit {

    private static final int SHOWN = 100;

    @Inject LedgerStore store;

    public record AccountBalance(String account, long debitFen, long creditFen, long balanceFen) {
    }

    /** {@code balanceFen} = debits − credits (positive for assets, negative for what the platform owes). */
    public record TrialBalance(List<AccountBalance> accounts, long totalDebitFen, long totalCreditFen,
            long entries, List<UUID> unbalancedEntries, boolean balanced) {
    }

    /** Up to 100 ids of entries whose debits differ from their credits (or that have no legs); empty when sound. */
    public List<UUID> unbalancedEntries() {
        return store.unbalancedEntries(SHOWN);
    }

    public TrialBalance trialBalance() {
        List<AccountBalance> accounts = store.accountTotals().stream()
                .map(a -> new AccountBalance(a.account(), a.debitFen(), a.creditFen(), a.debitFen() - a.creditFen()))
                .toList();
        long debits = accounts.stream().mapToLong(AccountBalance::debitFen).sum();
        long credits = accounts.stream().mapToLong(AccountBalance::creditFen).sum();
        List<UUID> unbalanced = unbalancedEntries();
        return new TrialBalance(accounts, debits, credits, store.entryCount(), unbalanced,
                debits == credits && unbalanced.isEmpty());
    }
}
