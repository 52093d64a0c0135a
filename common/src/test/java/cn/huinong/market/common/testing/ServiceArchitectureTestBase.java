package cn.huinong.market.common.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link ServiceArchitectureRules} on the production classes of the service whose test extends this; the
 * service is the package of the subclass ({@code cn.huinong.market.catalog.ArchitectureTest} checks
 * {@code cn.huinong.market.catalog}). One dynamic test per rule, so a report names the rule broken.
 */
public abstract class ServiceArchitectureTestBase {

    @TestFactory
    Stream<DynamicTest> serviceKeepsItsShape() {
        JavaClasses classes = ServiceArchitectureRules.productionClassesOf(getClass().getPackageName());
        return ServiceArchitectureRules.ALL.stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
