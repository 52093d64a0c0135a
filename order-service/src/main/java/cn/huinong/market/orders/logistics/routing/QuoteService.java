package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.LogisticsRefusal;
import cn.huinong.market.orders.logistics.network.Network;
import cn.huinong.market.orders.logistics.network.NetworkLeg;
import cn.huinong.market.orders.logistics.network.NetworkNode;
import cn.huinong.market.orders.logistics.network.ParcelSize;
import cn.huinong.market.orders.logistics.network.Subsidy;
import cn.huinong.market.orders.logistics.network.TemperatureClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AStarShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * Quotes a parcel on the time-expanded graph of the network's week of departures: the cheapest and the fastest
 * feasible route, honouring cutoffs, the origin's opening hours, every run's capacity and, for chilled and frozen
 * goods, reefer legs only and the class's maximum time on the way.
 */
@ApplicationScoped
public class QuoteService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Minutes on a route stay below this (two weeks is 20,160), so they can break ties under a cost. */
    private static final double COST_WEIGHT = 100_000;
    /** A route costs far less than this many fen, so cost can break ties under minutes. */
    private static final double MINUTE_WEIGHT = 1e9;

    private final Clock clock;
    private final TimeExpandedGraphCache cache = new TimeExpandedGraphCache();

    @Inject
    public QuoteService(Clock clock) {
        this.clock = clock;
    }

    /** @throws LogisticsRefusal with the reason when the parcel cannot be carried or cannot reach the county */
    public Quote quote(Network network, ParcelQuoteQuery request) {
        NetworkNode origin = network.node(request.originNodeId());
        network.checkParcel(request.size());
        TimeExpandedGraph graph = cache.graphOf(network);
        Event sink = graph.countySink(request.destinationDivisionCode());
        if (sink == null) {
            throw new LogisticsRefusal("no leg of the network reaches county " + request.destinationDivisionCode());
        }
        LocalDateTime ready = LocalDateTime.ofInstant(Objects.requireNonNullElseGet(request.readyAt(), clock::instant),
                ZONE);
        LocalDateTime handIn = origin.hours().nextOpenAt(ready);
        if (handIn == null) {
            throw new LogisticsRefusal("station " + origin.id() + " never opens");
        }
        LocalDateTime weekStart = handIn.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay();
        int handInMinute = (int) ChronoUnit.MINUTES.between(weekStart, handIn);
        long chargeableGrams = request.size().chargeableGrams();

        Search search = new Search(graph, origin.id(), request.size(), request.temperature(), handInMinute, sink);
        GraphPath<Event, Hop> cheapest = search.best(hop -> hop.kind() == Hop.Kind.RIDE
                ? hop.leg().cost().parcelFen(chargeableGrams) * COST_WEIGHT + hop.minutes()
                : hop.minutes(),
                leg -> leg.cost().parcelFen(chargeableGrams) * COST_WEIGHT + leg.schedule().duration().toMinutes());
        if (cheapest == null) {
            throw new LogisticsRefusal(request.temperature().needsReefer()
                    ? "cannot reach county " + request.destinationDivisionCode() + " from " + origin.id() + " as "
                            + request.temperature() + " goods (reefer legs only, within "
                            + request.temperature().maxTransit().toHours() + " h) within a week"
                    : "no route from " + origin.id() + " to county " + request.destinationDivisionCode()
                            + " carries this parcel within a week");
        }
        GraphPath<Event, Hop> fastest = search.best(hop -> hop.kind() == Hop.Kind.RIDE
                ? hop.minutes() * MINUTE_WEIGHT + hop.leg().cost().parcelFen(chargeableGrams)
                : hop.minutes() * MINUTE_WEIGHT,
                leg -> leg.schedule().duration().toMinutes() * MINUTE_WEIGHT + leg.cost().parcelFen(chargeableGrams));
        Route cheapestRoute = route(cheapest, weekStart, chargeableGrams);
        Route fastestRoute = route(Objects.requireNonNull(fastest), weekStart, chargeableGrams);
        return new Quote(cheapestRoute, fastestRoute,
                subsidies(network, origin, request.category(), cheapestRoute.costFen()));
    }

    /** The number of vertices and edges of a network's graph (for measurements). */
    public int[] graphSize(Network network) {
        TimeExpandedGraph graph = cache.graphOf(network);
        return new int[]{graph.vertexCount(), graph.edgeCount()};
    }

    /** The subsidy lines for a route of {@code costFen} from {@code origin}; together never more than the cost. */
    public static List<SubsidyLine> subsidies(Network network, NetworkNode origin, String category, long costFen) {
        List<SubsidyLine> lines = new ArrayList<>();
        long left = costFen;
        for (Subsidy subsidy : network.subsidiesFor(origin.divisionCode(), category)) {
            // Together the subsidies never pay more than the route costs.
            long amount = Math.min(left, subsidy.amountFen(costFen));
            if (amount > 0) {
                lines.add(new SubsidyLine(subsidy.id(), subsidy.payer(), amount));
                left -= amount;
            }
        }
        return lines;
    }

    private static Route route(GraphPath<Event, Hop> path, LocalDateTime weekStart, long chargeableGrams) {
        List<QuotedLeg> legs = path.getEdgeList().stream().filter(hop -> hop.kind() == Hop.Kind.RIDE)
                .map(hop -> new QuotedLeg(hop.leg().id(), hop.leg().from(), hop.leg().to(), hop.leg().mode(),
                        weekStart.plusMinutes(hop.departureMinute()).atZone(ZONE),
                        weekStart.plusMinutes(hop.toMinute()).atZone(ZONE),
                        hop.leg().cost().parcelFen(chargeableGrams)))
                .toList();
        long cost = legs.stream().mapToLong(QuotedLeg::costFen).sum();
        return new Route(cost, legs.getLast().arrives(), legs);
    }

    /** One parcel's view of the graph: the runs it may ride, from its hand-in on. */
    private static final class Search {

        /** A route must arrive within a week of the hand-in: the promise a buyer can use, and a bound on the search. */
        private static final int WEEK = 7 * TimeExpandedGraph.MINUTES_PER_DAY;

        private final TimeExpandedGraph graph;
        private final String originNodeId;
        private final ParcelSize size;
        private final TemperatureClass temperature;
        private final int handInMinute;
        private final Event sink;

        Search(TimeExpandedGraph graph, String originNodeId, ParcelSize size, TemperatureClass temperature,
                int handInMinute, Event sink) {
            this.graph = graph;
            this.originNodeId = originNodeId;
            this.size = size;
            this.temperature = temperature;
            this.handInMinute = handInMinute;
            this.sink = sink;
        }

        private boolean rideable(Hop hop) {
            return hop.kind() != Hop.Kind.RIDE || rideable(hop.leg());
        }

        private boolean rideable(NetworkLeg leg) {
            return leg.capacity().fits(size) && (!temperature.needsReefer() || leg.reefer());
        }

        /**
         * The lightest path under {@code weight}, or null when none is feasible. {@code legWeight} is the least a hop
         * on the leg can weigh; the lightest sum of these from a node to the county (on the graph without time) bounds
         * what is left from any event at that node, which steers an A* search and leaves out nodes that cannot reach
         * the county at all.
         */
        GraphPath<Event, Hop> best(ToDoubleFunction<Hop> weight, ToDoubleFunction<NetworkLeg> legWeight) {
            var arcs = new MaskSubgraph<>(graph.legGraph(), node -> false,
                    arc -> arc.leg() != null && !rideable(arc.leg()));
            var weightedArcs = new AsWeightedGraph<>(arcs,
                    arc -> arc.leg() == null ? 0 : legWeight.applyAsDouble(arc.leg()), false, false);
            var toCounty = new DijkstraShortestPath<>(new EdgeReversedGraph<>(weightedArcs))
                    .getPaths(sink.nodeId());
            ToDoubleFunction<Event> bound = event -> event.countySink() ? 0 : toCounty.getWeight(event.nodeId());
            return temperature.needsReefer()
                    ? bestCold(weight, bound)
                    : shortest(weight, bound, handInMinute + WEEK,
                            graph.firstEventAtOrAfter(originNodeId, handInMinute));
        }

        /**
         * A cold parcel's time limit runs from its first departure, which a plain shortest path cannot see: try each
         * first departure within a week and search only the events before its limit; the best of these is the best
         * feasible route.
         */
        private GraphPath<Event, Hop> bestCold(ToDoubleFunction<Hop> weight, ToDoubleFunction<Event> bound) {
            int maxMinutes = (int) temperature.maxTransit().toMinutes();
            GraphPath<Event, Hop> best = null;
            for (Event handInEvent : graph.eventsFrom(originNodeId, handInMinute)) {
                if (handInEvent.minute() > handInMinute + WEEK) {
                    break;
                }
                for (Hop first : graph.graph().outgoingEdgesOf(handInEvent)) {
                    if (first.kind() != Hop.Kind.RIDE || !rideable(first)) {
                        continue;
                    }
                    GraphPath<Event, Hop> path = shortest(weight, bound,
                            Math.min(first.departureMinute() + maxMinutes, handInMinute + WEEK), handInEvent);
                    if (path != null && (best == null || path.getWeight() < best.getWeight())) {
                        best = path;
                    }
                }
            }
            return best;
        }

        private GraphPath<Event, Hop> shortest(ToDoubleFunction<Hop> weight, ToDoubleFunction<Event> bound,
                int latestMinute, Event start) {
            if (start == null || Double.isInfinite(bound.applyAsDouble(start))) {
                return null;
            }
            var masked = new MaskSubgraph<>(graph.graph(),
                    event -> !event.countySink()
                            && (event.minute() > latestMinute || Double.isInfinite(bound.applyAsDouble(event))),
                    hop -> !rideable(hop));
            var weighted = new AsWeightedGraph<>(masked, weight::applyAsDouble, false, false);
            return new AStarShortestPath<>(weighted, (event, target) -> bound.applyAsDouble(event)).getPath(start,
                    sink);
        }
    }
}
