package cn.huinong.market.orders.logistics.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds everything wrong with a network before it is used, so that a quote never meets a broken leg. */
final class NetworkValidator {

    private NetworkValidator() {
    }

    static List<String> problems(Map<String, NetworkNode> nodes, List<NetworkLeg> legs, List<Subsidy> subsidies) {
        List<String> problems = new ArrayList<>();
        nodes.values().forEach(node -> checkNode(node, problems));
        Set<String> legIds = new HashSet<>();
        for (NetworkLeg leg : legs) {
            if (!legIds.add(leg.id())) {
                problems.add("leg " + leg.id() + " is defined twice");
            }
            checkLeg(leg, nodes, problems);
        }
        for (Subsidy subsidy : subsidies) {
            if (subsidy.percent() < 0 || subsidy.percent() > 100) {
                problems.add("subsidy " + subsidy.id() + ": percent must be between 0 and 100");
            }
            if (subsidy.capFen() < 0) {
                problems.add("subsidy " + subsidy.id() + ": the cap must not be negative");
            }
        }
        return problems;
    }

    private static void checkNode(NetworkNode node, List<String> problems) {
        if (node.divisionCode() == null || !node.divisionCode().matches("\\d{6}")) {
            problems.add("node " + node.id() + ": the division code must be 6 digits");
        }
        if (Math.abs(node.at().latitude()) > 90 || Math.abs(node.at().longitude()) > 180) {
            problems.add("node " + node.id() + ": coordinates out of range");
        }
        if (!node.hours().opens().isBefore(node.hours().closes())) {
            problems.add("node " + node.id() + ": it closes before it opens");
        }
    }

    private static void checkLeg(NetworkLeg leg, Map<String, NetworkNode> nodes, List<String> problems) {
        String name = "leg " + leg.id();
        if (!nodes.containsKey(leg.from())) {
            problems.add(name + ": unknown node " + leg.from());
        }
        if (!nodes.containsKey(leg.to())) {
            problems.add(name + ": unknown node " + leg.to());
        }
        if (leg.from().equals(leg.to())) {
            problems.add(name + ": starts and ends at the same node");
        }
        LegSchedule schedule = leg.schedule();
        if (schedule.weekdays().isEmpty()) {
            problems.add(name + ": impossible schedule, it runs on no weekday");
        }
        if (schedule.duration().isNegative() || schedule.duration().isZero()) {
            problems.add(name + ": impossible schedule, the duration must be positive");
        }
        if (schedule.cutoff().isAfter(schedule.departure())) {
            problems.add(name + ": impossible schedule, the cutoff " + schedule.cutoff() + " is after the departure "
                    + schedule.departure());
        }
        if (leg.capacity().kilograms() <= 0 || leg.capacity().litres() <= 0) {
            problems.add(name + ": the capacity must be positive");
        }
        if (leg.mode() == LegMode.COUNTY_REEFER && !leg.reefer()) {
            problems.add(name + ": a county reefer leg must be refrigerated");
        }
        checkCost(name, leg.cost(), problems);
    }

    private static void checkCost(String name, LegCost cost, List<String> problems) {
        boolean negative = switch (cost) {
            case LegCost.FixedPerRun c -> c.fen() < 0 || c.expectedLoadKg() <= 0;
            case LegCost.PerKm c -> c.fenPerKm() < 0 || c.km() <= 0 || c.expectedLoadKg() <= 0;
            case LegCost.PerKg c -> c.fenPerKg() < 0;
            case LegCost.ZoneTariff c -> c.firstKgFen() < 0 || c.extraKgFen() < 0;
        };
        if (negative) {
            problems.add(name + ": costs must not be negative and loads and distances must be positive");
        }
    }
}
