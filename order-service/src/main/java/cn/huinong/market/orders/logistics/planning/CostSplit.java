package cn.huinong.market.orders.logistics.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares one run's cost among the shops on it in proportion to what each would have paid alone (its stand-alone
 * cost, by chargeable weight), to the fen: each shop first gets the whole fen of its exact share, then the fen left
 * over go one each to the largest remainders (ties to the smaller shop id, so the split is reproducible). No shop pays
 * more than its stand-alone cost: when the run costs more than all stand-alone costs together, each shop pays its
 * stand-alone cost and the rest is {@link Split#uncoveredFen() uncovered} (the platform's to carry or subsidise).
 */
public final class CostSplit {

    private CostSplit() {
    }

    /** One shop's part of a run and what it would have paid alone. */
    public record Share(String shopId, long standAloneFen) {
    }

    /** What each shop pays (in the order given) and what no shop pays. */
    public record Split(Map<String, Long> fenByShop, long uncoveredFen) {
    }

    public static Split split(long runFen, List<Share> shares) {
        if (runFen < 0 || shares.stream().anyMatch(share -> share.standAloneFen() < 0)) {
            throw new IllegalArgumentException("costs must not be negative");
        }
        long standAloneTotal = shares.stream().mapToLong(Share::standAloneFen).sum();
        Map<String, Long> fen = new LinkedHashMap<>();
        if (runFen >= standAloneTotal) {
            shares.forEach(share -> fen.merge(share.shopId(), share.standAloneFen(), Long::sum));
            return new Split(fen, runFen - standAloneTotal);
        }
        // runFen < standAloneTotal, so each exact share runFen·s/S is below s: its floor plus one fen stays ≤ s.
        record Remainder(String shopId, long remainder) {
        }
        List<Remainder> remainders = new ArrayList<>();
        long given = 0;
        for (Share share : shares) {
            long numerator = Math.multiplyExact(runFen, share.standAloneFen());
            long whole = numerator / standAloneTotal;
            fen.merge(share.shopId(), whole, Long::sum);
            given += whole;
            remainders.add(new Remainder(share.shopId(), numerator % standAloneTotal));
        }
        remainders.sort(Comparator.comparingLong(Remainder::remainder).reversed()
                .thenComparing(Remainder::shopId));
        for (int i = 0; i < runFen - given; i++) {
            fen.merge(remainders.get(i).shopId(), 1L, Long::sum);
        }
        return new Split(fen, 0);
    }
}
