package cn.huinong.market.orders.logistics.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.orders.logistics.planning.CostSplit.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CostSplitTest {

    @Test
    void proportionalToStandAloneWithTheLargestRemaindersGettingTheLeftoverFen() {
        // 100 fen over 1:1:1 → 33.33 each; one fen left, ties go to the smallest shop id.
        var split = CostSplit.split(100, List.of(new Share("c", 50), new Share("a", 50), new Share("b", 50)));
        assertEquals(Map.of("a", 34L, "b", 33L, "c", 33L), split.fenByShop());
        assertEquals(0, split.uncoveredFen());

        // 1,000 over 300:700:200 → exactly 250, 583.33 and 166.67: the leftover fen goes to z's larger remainder.
        var uneven = CostSplit.split(1_000, List.of(new Share("x", 300), new Share("y", 700), new Share("z", 200)));
        assertEquals(Map.of("x", 250L, "y", 583L, "z", 167L), uneven.fenByShop());
    }

    @Test
    void aRunDearerThanEveryoneAloneChargesStandAloneAndLeavesTheRestUncovered() {
        var split = CostSplit.split(1_000, List.of(new Share("a", 300), new Share("b", 200)));
        assertEquals(Map.of("a", 300L, "b", 200L), split.fenByShop());
        assertEquals(500, split.uncoveredFen());
        assertThrows(IllegalArgumentException.class, () -> CostSplit.split(-1, List.of()));
    }

    /** Property: on random runs the split sums to the run cost to the fen and no shop pays above stand-alone. */
    @Test
    void randomRunsSplitExactlyAndNeverAboveStandAlone() {
        Random random = new Random(20261202);
        for (int run = 0; run < 5_000; run++) {
            int shops = 1 + random.nextInt(40);
            List<Share> shares = new ArrayList<>();
            for (int i = 0; i < shops; i++) {
                shares.add(new Share("shop-" + i, random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(50_000)));
            }
            long standAlone = shares.stream().mapToLong(Share::standAloneFen).sum();
            long runFen = random.nextInt(4) == 0 ? random.nextLong(2 * standAlone + 1)
                    : random.nextLong(standAlone + 1);
            var split = CostSplit.split(runFen, shares);

            long charged = split.fenByShop().values().stream().mapToLong(Long::longValue).sum();
            assertEquals(runFen, charged + split.uncoveredFen(), "run " + run);
            for (Share share : shares) {
                long paid = split.fenByShop().get(share.shopId());
                assertTrue(paid >= 0 && paid <= share.standAloneFen(), "run " + run + " " + share);
                // Within one fen of the exact proportional share when the run is covered.
                if (split.uncoveredFen() == 0 && standAlone > 0) {
                    double exact = (double) runFen * share.standAloneFen() / standAlone;
                    assertTrue(Math.abs(paid - exact) < 1.0, "run " + run + " " + share);
                }
            }
            assertEquals(Math.max(0, runFen - standAlone), split.uncoveredFen());
        }
    }
}
