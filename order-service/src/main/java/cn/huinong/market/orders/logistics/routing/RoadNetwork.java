package cn.huinong.market.orders.logistics.routing;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Roads between places (stations, points, hubs and junctions), each with its length in km. Planning measures trips
 * over it, because in the mountains a road is often twice the straight line.
 */
public final class RoadNetwork {

    private final Graph<String, DefaultWeightedEdge> roads = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);

    public RoadNetwork place(String id) {
        roads.addVertex(id);
        return this;
    }

    /** Adds a two-way road; a second road between the same places keeps the shorter. */
    public RoadNetwork road(String a, String b, double km) {
        if (!(km > 0)) {
            throw new IllegalArgumentException("road " + a + "–" + b + " must be longer than 0 km");
        }
        place(a).place(b);
        DefaultWeightedEdge existing = roads.getEdge(a, b);
        if (existing == null) {
            roads.setEdgeWeight(roads.addEdge(a, b), km);
        } else if (km < roads.getEdgeWeight(existing)) {
            roads.setEdgeWeight(existing, km);
        }
        return this;
    }

    /**
     * The shortest road distance between every pair of the sites.
     *
     * @throws IllegalArgumentException
     *             naming a site that no road reaches from the first
     */
    public DistanceMatrix distances(List<String> sites) {
        double[][] km = new double[sites.size()][sites.size()];
        var dijkstra = new DijkstraShortestPath<>(roads);
        for (int i = 0; i < sites.size(); i++) {
            if (!roads.containsVertex(sites.get(i))) {
                throw new IllegalArgumentException("no road reaches " + sites.get(i));
            }
            var paths = dijkstra.getPaths(sites.get(i));
            for (int j = 0; j < sites.size(); j++) {
                double distance = paths.getWeight(sites.get(j));
                if (Double.isInfinite(distance)) {
                    throw new IllegalArgumentException("no road from " + sites.get(i) + " to " + sites.get(j));
                }
                km[i][j] = distance;
            }
        }
        return new DistanceMatrix(sites, km);
    }
}
