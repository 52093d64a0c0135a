package cn.huinong.market.training.rest;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.config.ChinaClockProvider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code ?asOf=YYYY-MM-DD} day of reports and computed views. Parsed here rather than by JAX-RS, which
 * would answer a malformed query parameter with 404; a bad date is a 400 naming the field.
 */
final class AsOf {

    private AsOf() {
    }

    /** The given day, or today in China when absent. */
    static LocalDate orToday(String asOf) {
        return asOf == null || asOf.isBlank() ? LocalDate.now(ChinaClockProvider.CHINA) : parse(asOf);
    }

    static LocalDate required(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            throw ProblemException.invalidField("asOf", "huinong.report.as-of-required");
        }
        return parse(asOf);
    }

    private static LocalDate parse(String asOf) {
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("asOf", "huinong.report.as-of-invalid");
        }
    }
}
