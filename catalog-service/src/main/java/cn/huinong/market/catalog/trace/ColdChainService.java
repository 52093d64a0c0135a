package cn.huinong.market.catalog.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Judges cold-chain readings against each lot's temperature class: CHILLED and FROZEN lots have a highest allowed
 * temperature, and a run of readings above it that lasts longer than the class's tolerance flags the lot. A run
 * lasts from its first reading above the limit to the next reading back within it (or to its last reading, when
 * none came back: nothing is assumed about time nobody measured).
 */
@ApplicationScoped
public class ColdChainService {

    @Inject TraceConfig config;

    /** A run of readings above the limit. */
    public record Excursion(String lotNumber, OffsetDateTime from, OffsetDateTime to, long minutes,
            BigDecimal peakCelsius, boolean beyondTolerance) {
    }

    /** @param flagged whether any excursion lasted longer than its lot's tolerance */
    public record Summary(int readings, BigDecimal minCelsius, BigDecimal maxCelsius, boolean flagged,
            List<Excursion> excursions) {
    }

    public Summary assess(Collection<TraceLot> lots, List<StoredEvent> events) {
        List<EventFields.Reading> all = events.stream()
                .flatMap(e -> EventFields.temperatures(e.document()).stream()).toList();
        List<Excursion> excursions = new ArrayList<>();
        for (TraceLot lot : lots) {
            BigDecimal max = limit(lot.temperatureClass);
            if (max == null) {
                continue;
            }
            List<EventFields.Reading> readings = all.stream().filter(r -> r.subjects().contains(lot.epcClass))
                    .sorted(Comparator.comparing(EventFields.Reading::at)).toList();
            excursions.addAll(excursions(lot, readings, max, tolerance(lot.temperatureClass)));
        }
        BigDecimal min = all.stream().map(EventFields.Reading::celsius).min(BigDecimal::compareTo).orElse(null);
        BigDecimal top = all.stream().map(EventFields.Reading::celsius).max(BigDecimal::compareTo).orElse(null);
        return new Summary(all.size(), min, top, excursions.stream().anyMatch(Excursion::beyondTolerance),
                List.copyOf(excursions));
    }

    private static List<Excursion> excursions(TraceLot lot, List<EventFields.Reading> readings, BigDecimal max,
            Duration tolerance) {
        List<Excursion> out = new ArrayList<>();
        EventFields.Reading start = null;
        EventFields.Reading last = null;
        BigDecimal peak = null;
        for (EventFields.Reading r : readings) {
            boolean above = r.celsius().compareTo(max) > 0;
            if (above && start == null) {
                start = r;
                peak = r.celsius();
            } else if (above) {
                peak = peak.max(r.celsius());
            } else if (start != null) {
                out.add(excursion(lot, start.at(), r.at(), peak, tolerance));
                start = null;
            }
            last = r;
        }
        if (start != null) {
            out.add(excursion(lot, start.at(), last.at(), peak, tolerance));
        }
        return out;
    }

    private static Excursion excursion(TraceLot lot, OffsetDateTime from, OffsetDateTime to, BigDecimal peak,
            Duration tolerance) {
        Duration length = Duration.between(from, to);
        return new Excursion(lot.lotNumber, from, to, length.toMinutes(), peak, length.compareTo(tolerance) > 0);
    }

    private BigDecimal limit(String temperatureClass) {
        return switch (temperatureClass) {
            case "CHILLED" -> config.coldChain().chilledMaxCelsius();
            case "FROZEN" -> config.coldChain().frozenMaxCelsius();
            default -> null;
        };
    }

    private Duration tolerance(String temperatureClass) {
        return "FROZEN".equals(temperatureClass) ? config.coldChain().frozenTolerance()
                : config.coldChain().chilledTolerance();
    }
}
