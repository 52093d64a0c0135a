package cn.huinong.market.training.config;

import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code ?asOf=YYYY-MM-DD} day of reports and computed views. Parsed here rather than by JAX-RS, which
 * would answer a malformed query parameter with 404; a bad date is a 400 naming the field.
 */
@ApplicationScoped
public class AsOf {

    @Inject Clock clock;

    /** The given day, or today in China when absent. */
    public LocalDate orToday(String asOf) {
        return asOf == null || asOf.isBlank() ? China.today(clock) : parse(asOf);
    }

    public static LocalDate required(String asOf) {
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
