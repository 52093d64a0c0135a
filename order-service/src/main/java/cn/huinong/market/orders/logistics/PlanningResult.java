package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.planning.PlanRun;
import cn.huinong.market.orders.logistics.planning.PlanStop;
import cn.huinong.market.orders.logistics.planning.Tier;
import java.util.List;
import java.util.Map;

/**
 * A finished plan as the job API shows it: the runs, what they cost against every shop shipping alone, the
 * validator's findings (expected none) and who pays what.
 *
 * @param aloneKm
 *            each shop driving its own round trip from its village station to the hub
 * @param aloneFen
 *            each parcel at the carriers' tariff to the township point and on to the hub
 */
public record PlanningResult(int parcels, List<Run> runs, List<String> rolledOverAtVillages,
        List<String> rolledOverAtTownships, double km, long costFen, double aloneKm, long aloneFen,
        List<String> violations, List<ShopCharge> shops, long uncoveredFen) {

    /** Minutes are after midnight of the cutoff's day, local time. */
    public record Run(String id, Tier tier, String vehicle, boolean reefer, String depot, double departs,
            double returns, List<PlanStop> stops, double km, long costFen, Map<String, Long> splitFen,
            Map<String, Long> standAloneFen) {

        static Run of(PlanRun run, Map<String, Long> split, Map<String, Long> standAlone) {
            return new Run(run.id(), run.tier(), run.vehicle().id(), run.vehicle().reefer(), run.depotId(),
                    run.departs(), run.returns(), run.stops(), run.km(), run.costFen(), split, standAlone);
        }
    }

    /** A shop's parts of every run it is on, against what those stretches cost it alone. */
    public record ShopCharge(String shopId, long fen, long standAloneFen) {
    }
}
