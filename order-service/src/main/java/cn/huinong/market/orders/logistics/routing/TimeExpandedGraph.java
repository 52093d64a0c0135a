package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.Network;
import cn.huinong.market.orders.logistics.network.NetworkLeg;
import cn.huinong.market.orders.logistics.network.NetworkNode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Every run of every leg over {@link #HORIZON_DAYS} days from a Monday, as a JGraphT graph. A run's departure vertex
 * sits at its cutoff (a parcel must be there by then), its arrival vertex at its arrival; each node's vertices are
 * chained in time by wait edges. Two weeks, so that a parcel handed in on a Sunday still sees a full week of
 * departures. Built once per network version ({@link TimeExpandedGraphCache}); queries only read it.
 */
final class TimeExpandedGraph {

    static final int HORIZON_DAYS = 14;
    static final int MINUTES_PER_DAY = 24 * 60;

    private final Network network;
    private final Graph<Event, Hop> graph;
    private final Map<String, Event[]> timelines = new HashMap<>();
    private final Map<String, Event> countySinks = new HashMap<>();
    /** The network without time (a node per node, an arc per leg, plus county sinks): for the searches' bounds. */
    private final Graph<String, Arc> legGraph = GraphTypeBuilder.<String, Arc>directed().allowingMultipleEdges(true)
            .allowingSelfLoops(false).weighted(false).buildGraph();

    /** An arc of the graph without time: a leg, or (leg null) a node being in its county. */
    record Arc(int id, NetworkLeg leg) {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    private TimeExpandedGraph(Network network) {
        this.network = network;
        this.graph = GraphTypeBuilder.<Event, Hop>directed().allowingMultipleEdges(true).allowingSelfLoops(false)
                .weighted(false).buildGraph();
    }

    static TimeExpandedGraph build(Network network) {
        TimeExpandedGraph built = new TimeExpandedGraph(network);
        built.addRunsAndWaits();
        built.addLegGraph();
        return built;
    }

    private void addLegGraph() {
        int id = 0;
        for (NetworkNode node : network.nodes()) {
            legGraph.addVertex(node.id());
            String county = sinkId(node.divisionCode());
            legGraph.addVertex(county);
            legGraph.addEdge(node.id(), county, new Arc(id++, null));
        }
        for (NetworkLeg leg : network.legs()) {
            legGraph.addEdge(leg.from(), leg.to(), new Arc(id++, leg));
        }
    }

    static String sinkId(String divisionCode) {
        return "county:" + divisionCode;
    }

    Graph<String, Arc> legGraph() {
        return legGraph;
    }

    private void addRunsAndWaits() {
        int[] ids = {0, 0};
        Map<String, List<Event>> eventsByNode = new HashMap<>();
        List<Event> arrivals = new ArrayList<>();
        for (NetworkLeg leg : network.legs()) {
            var schedule = leg.schedule();
            for (int day = 0; day < HORIZON_DAYS; day++) {
                if (!schedule.weekdays().contains(DayOfWeek.of(day % 7 + 1))) {
                    continue;
                }
                int cutoff = day * MINUTES_PER_DAY + schedule.cutoff().toSecondOfDay() / 60;
                int departure = day * MINUTES_PER_DAY + schedule.departure().toSecondOfDay() / 60;
                int arrival = departure + (int) schedule.duration().toMinutes();
                Event handIn = new Event(ids[0]++, leg.from(), cutoff, false);
                Event arrive = new Event(ids[0]++, leg.to(), arrival, false);
                graph.addVertex(handIn);
                graph.addVertex(arrive);
                graph.addEdge(handIn, arrive, new Hop(ids[1]++, Hop.Kind.RIDE, leg, cutoff, departure, arrival));
                eventsByNode.computeIfAbsent(leg.from(), k -> new ArrayList<>()).add(handIn);
                eventsByNode.computeIfAbsent(leg.to(), k -> new ArrayList<>()).add(arrive);
                arrivals.add(arrive);
            }
        }
        // A parcel that arrives at the very minute of a cutoff still makes it: at equal minutes, arrivals (the only
        // events with an incoming edge at this point) come before hand-ins.
        for (var entry : eventsByNode.entrySet()) {
            List<Event> events = entry.getValue();
            events.sort(Comparator.comparingInt(Event::minute).thenComparing(e -> graph.inDegreeOf(e) == 0)
                    .thenComparingInt(Event::id));
            for (int i = 1; i < events.size(); i++) {
                Event from = events.get(i - 1);
                Event to = events.get(i);
                graph.addEdge(from, to,
                        new Hop(ids[1]++, Hop.Kind.WAIT, null, from.minute(), from.minute(), to.minute()));
            }
            timelines.put(entry.getKey(), events.toArray(Event[]::new));
        }
        for (Event arrival : arrivals) {
            NetworkNode node = network.node(arrival.nodeId());
            Event sink = countySinks.computeIfAbsent(node.divisionCode(), code -> {
                Event created = new Event(ids[0]++, sinkId(code), Integer.MAX_VALUE, true);
                graph.addVertex(created);
                return created;
            });
            graph.addEdge(arrival, sink, new Hop(ids[1]++, Hop.Kind.ARRIVED, null, arrival.minute(), arrival.minute(),
                    arrival.minute()));
        }
    }

    Network network() {
        return network;
    }

    Graph<Event, Hop> graph() {
        return graph;
    }

    /** The sink of a county, or null when no leg arrives there. */
    Event countySink(String divisionCode) {
        return countySinks.get(divisionCode);
    }

    /** The first event at a node at or after a minute, or null. */
    Event firstEventAtOrAfter(String nodeId, int minute) {
        Event[] timeline = timelines.get(nodeId);
        if (timeline == null) {
            return null;
        }
        int low = 0;
        int high = timeline.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (timeline[mid].minute() < minute) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < timeline.length ? timeline[low] : null;
    }

    /** A node's events from a minute on, in time order. */
    List<Event> eventsFrom(String nodeId, int minute) {
        Event[] timeline = timelines.get(nodeId);
        Event first = firstEventAtOrAfter(nodeId, minute);
        if (first == null) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        boolean started = false;
        for (Event event : timeline) {
            started |= event == first;
            if (started) {
                events.add(event);
            }
        }
        return events;
    }

    int vertexCount() {
        return graph.vertexSet().size();
    }

    int edgeCount() {
        return graph.edgeSet().size();
    }
}
