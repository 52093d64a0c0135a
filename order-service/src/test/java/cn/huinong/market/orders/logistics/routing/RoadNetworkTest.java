package cn.huinong.market.orders.logistics.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadNetworkTest {

    @Test
    void distancesFollowTheRoadsNotTheStraightLine() {
        // The valley road goes round the ridge: a–b is 9 km via the junction, not the 20 km direct track.
        var roads = new RoadNetwork().road("a", "junction", 4).road("junction", "b", 5).road("a", "b", 20)
                .road("b", "c", 3);
        DistanceMatrix matrix = roads.distances(List.of("a", "b", "c"));

        assertEquals(9, matrix.km("a", "b"), 1e-9);
        assertEquals(12, matrix.km("c", "a"), 1e-9);
        assertEquals(0, matrix.km("c", "c"), 1e-9);
    }

    @Test
    void unreachableSitesAndBadRoadsAreRefused() {
        var roads = new RoadNetwork().road("a", "b", 1).place("island");
        assertEquals("no road from a to island",
                assertThrows(IllegalArgumentException.class, () -> roads.distances(List.of("a", "island")))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> roads.road("a", "c", 0));
        assertThrows(IllegalArgumentException.class, () -> roads.distances(List.of("a", "nowhere")));
    }
}
