package cn.huinong.market.training.placement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Retention with the same employer, computed from the placements (never typed in). Employment with an employer
 * runs from a placement's start through every later placement with the same employer that starts no later than
 * the day after the previous one ended (a role change, not a new hire).
 *
 * @param employedUntil last day of that continuous employment; null while it lasts
 * @param monthsEmployed whole months from the start to the end (or to {@code asOf} while it lasts)
 * @param stillEmployed employed with that employer on {@code asOf}
 * @param at3Months RETAINED, NOT_RETAINED, or PENDING when {@code asOf} is before the milestone and the person is
 *                  still there
 */
public record Retention(LocalDate asOf, LocalDate employedUntil, long monthsEmployed, boolean stillEmployed,
        Outcome at3Months, Outcome at6Months, Outcome at12Months) {

    public enum Outcome {
        RETAINED,
        NOT_RETAINED,
        PENDING
    }

    public static Retention of(Placement placement, List<Placement> sameTrainee, LocalDate asOf) {
        LocalDate until = placement.endDate;
        List<Placement> later = sameTrainee.stream()
                .filter(p -> p.employerKey.equals(placement.employerKey) && p.startDate.isAfter(placement.startDate))
                .sorted(Comparator.comparing(p -> p.startDate))
                .toList();
        for (Placement next : later) {
            if (until == null) {
                break;
            }
            if (!next.startDate.isAfter(until.plusDays(1))) {
                until = next.endDate == null ? null : (next.endDate.isAfter(until) ? next.endDate : until);
            }
        }
        LocalDate start = placement.startDate;
        LocalDate last = until == null || until.isAfter(asOf) ? asOf : until;
        long months = last.isBefore(start) ? 0 : ChronoUnit.MONTHS.between(start, last.plusDays(1));
        boolean still = !asOf.isBefore(start) && (until == null || !until.isBefore(asOf));
        return new Retention(asOf, until, months, still, at(start, until, asOf, 3), at(start, until, asOf, 6),
                at(start, until, asOf, 12));
    }

    private static Outcome at(LocalDate start, LocalDate until, LocalDate asOf, int months) {
        LocalDate milestone = start.plusMonths(months);
        if (until != null && until.isBefore(milestone)) {
            return Outcome.NOT_RETAINED;
        }
        return asOf.isBefore(milestone) ? Outcome.PENDING : Outcome.RETAINED;
    }
}
