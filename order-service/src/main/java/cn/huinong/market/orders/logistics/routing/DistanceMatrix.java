package cn.huinong.market.orders.logistics.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Road km between sites (shortest paths over a {@link RoadNetwork}). */
public final class DistanceMatrix {

    private final List<String> sites;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] km;

    DistanceMatrix(List<String> sites, double[][] km) {
        this.sites = List.copyOf(sites);
        this.km = km;
        for (int i = 0; i < sites.size(); i++) {
            index.put(sites.get(i), i);
        }
    }

    public List<String> sites() {
        return sites;
    }

    public double km(String from, String to) {
        Integer i = index.get(from);
        Integer j = index.get(to);
        if (i == null || j == null) {
            throw new IllegalArgumentException("not in the matrix: " + (i == null ? from : to));
        }
        return km[i][j];
    }
}
