package cn.huinong.market.orders.logistics.network;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the logistics network: validated on creation, immutable afterwards, so that what is built from it
 * (the time-expanded graph) can be cached by {@link #version()}.
 */
public final class Network {

    private final long version;
    private final Map<String, NetworkNode> nodes;
    private final List<NetworkLeg> legs;
    private final List<Subsidy> subsidies;
    private final Capacity largestVehicle;

    private Network(long version, Map<String, NetworkNode> nodes, List<NetworkLeg> legs, List<Subsidy> subsidies) {
        this.version = version;
        this.nodes = nodes;
        this.legs = legs;
        this.subsidies = subsidies;
        this.largestVehicle = new Capacity(
                legs.stream().mapToLong(leg -> leg.capacity().kilograms()).max().orElse(0),
                legs.stream().mapToLong(leg -> leg.capacity().litres()).max().orElse(0));
    }

    /** @throws LogisticsRefusal listing every problem when the network is not consistent */
    public static Network of(long version, List<NetworkNode> nodes, List<NetworkLeg> legs, List<Subsidy> subsidies) {
        Map<String, NetworkNode> byId = new LinkedHashMap<>();
        List<String> duplicates = nodes.stream().filter(node -> byId.putIfAbsent(node.id(), node) != null)
                .map(node -> "node " + node.id() + " is defined twice").toList();
        List<String> problems = new java.util.ArrayList<>(duplicates);
        problems.addAll(NetworkValidator.problems(byId, legs, subsidies));
        if (!problems.isEmpty()) {
            throw new LogisticsRefusal(problems);
        }
        return new Network(version, Map.copyOf(byId), List.copyOf(legs), List.copyOf(subsidies));
    }

    public long version() {
        return version;
    }

    public NetworkNode node(String id) {
        NetworkNode node = nodes.get(id);
        if (node == null) {
            throw new LogisticsRefusal("unknown node " + id);
        }
        return node;
    }

    public List<NetworkNode> nodes() {
        return nodes.values().stream().sorted(Comparator.comparing(NetworkNode::id)).toList();
    }

    public Map<String, NetworkNode> nodesById() {
        return nodes;
    }

    public List<NetworkLeg> legs() {
        return legs;
    }

    public Map<String, NetworkLeg> legsById() {
        return legs.stream().collect(Collectors.toMap(NetworkLeg::id, Function.identity()));
    }

    public List<Subsidy> subsidies() {
        return subsidies;
    }

    /** The subsidies for parcels of a category leaving a region, in id order. */
    public List<Subsidy> subsidiesFor(String originDivisionCode, String category) {
        return subsidies.stream().filter(s -> s.appliesTo(originDivisionCode, category))
                .sorted(Comparator.comparing(Subsidy::id)).toList();
    }

    /**
     * Refuses a parcel no vehicle of the network could ever carry or that is physically impossible, before any search.
     */
    public void checkParcel(ParcelSize size) {
        if (size.grams() <= 0 || size.millilitres() < 0) {
            throw new LogisticsRefusal("the parcel's weight must be positive and its volume not negative");
        }
        if (!largestVehicle.fits(size)) {
            throw new LogisticsRefusal("the parcel (" + size.grams() + " g, " + size.millilitres()
                    + " ml) is heavier or bulkier than any vehicle of the network (" + largestVehicle.kilograms()
                    + " kg, " + largestVehicle.litres() + " l)");
        }
    }
}
