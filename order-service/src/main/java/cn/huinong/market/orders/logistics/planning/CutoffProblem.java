package cn.huinong.market.orders.logistics.planning;

import cn.huinong.market.orders.logistics.network.LegCost;
import cn.huinong.market.orders.logistics.routing.DistanceMatrix;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything one cutoff's consolidation needs: the parcels ready at village stations, which township point serves
 * each village, road distances, the fleets of both tiers with the windows they run in, and the stand-alone tariffs a
 * shop would pay alone (what the cost split is proportional to and never exceeds).
 *
 * @param villagePickups
 *            when village stations hand parcels over (they open mornings only)
 * @param townshipRuns
 *            when township vans may be out (leave and be back at their township point)
 * @param countyPickups
 *            when township points hand parcels to county runs
 * @param countyRuns
 *            when county vans and reefers may be out (leave and be back at the hub)
 */
public record CutoffProblem(String hubId, Map<String, String> townshipOfVillage, List<Parcel> parcels,
        DistanceMatrix roads, double kmPerHour, double serviceMinutesPerParcel, Window villagePickups,
        Window townshipRuns, List<VehicleType> townshipFleet, Window countyPickups, Window countyRuns,
        List<VehicleType> countyFleet, LegCost standAloneToTownship, LegCost standAloneToHub) {

    public double minutes(String from, String to) {
        return roads.km(from, to) / kmPerHour * 60;
    }

    public String townshipOf(Parcel parcel) {
        String township = townshipOfVillage.get(parcel.villageId());
        if (township == null) {
            throw new IllegalArgumentException("no township point serves village " + parcel.villageId());
        }
        return township;
    }

    public List<String> townships() {
        return List.copyOf(new TreeSet<>(townshipOfVillage.values()));
    }
}
