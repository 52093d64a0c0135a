package cn.huinong.market.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape every service keeps (see DESIGN.md, "one package per capability"). A service's classes live in
 * {@code cn.huinong.market.<service>.<feature>}; each feature package holds its resource, wire records, service
 * and entities. {@code config}, {@code client} and {@code health} are the shared technical packages. A service's
 * test suite runs them by extending {@link ServiceArchitectureTestBase}. (Plain ArchUnit rules checked from a
 * JUnit Jupiter test: ArchUnit's own JUnit engine does not run on the JUnit Platform 6 that Quarkus brings.)
 */
public final class ServiceArchitectureRules {

    private static final String ROOT = "cn.huinong.market.";
    private static final Set<String> TECHNICAL = Set.of("config", "client", "health");

    private ServiceArchitectureRules() {
    }

    public static final ArchRule featuresAreFreeOfCycles = slices().matching("cn.huinong.market.*.(*)..")
            .as("feature packages").should().beFreeOfCycles();

    public static final ArchRule onlyTheWebEdgeKnowsJaxRs = noClasses().that(are(notWebEdge()))
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy.reactive..")
            .because("services, entities and the rules they hold must not depend on HTTP: only resources, "
                    + "providers, request parameter beans and REST clients do");

    public static final ArchRule resourcesCallServicesNotStorage = noClasses().that(are(resources()))
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("a resource calls services; a service owns its storage");

    public static final ArchRule featuresMeetOnlyThroughServices = classes()
            .should(reachOtherFeaturesOnlyThroughTheirServices());

    public static final List<ArchRule> ALL = List.of(featuresAreFreeOfCycles, onlyTheWebEdgeKnowsJaxRs,
            resourcesCallServicesNotStorage, featuresMeetOnlyThroughServices);

    /** The service's production classes (no tests) under its base package. */
    public static JavaClasses productionClassesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(basePackage);
    }

    /**
     * The feature a class belongs to: the package right below the service's own, if any. The shared library
     * ({@code cn.huinong.market.common}) is no feature: every service may use all of it.
     */
    static Optional<String> feature(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT) || pkg.startsWith(ROOT + "common")) {
            return Optional.empty();
        }
        String[] parts = pkg.substring(ROOT.length()).split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        return Optional.of(parts[0] + "." + parts[1]);
    }

    private static boolean technical(String feature) {
        return TECHNICAL.contains(feature.substring(feature.indexOf('.') + 1));
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static boolean isResource(JavaClass type) {
        JavaClass top = outermost(type);
        return top.isAnnotatedWith("jakarta.ws.rs.Path") || top.getSimpleName().endsWith("Resource");
    }

    /** What another feature must not touch: its resources, its wire records and its storage. */
    private static boolean isPrivateToItsFeature(JavaClass type) {
        String name = outermost(type).getSimpleName();
        return isResource(type) || name.endsWith("Request") || name.endsWith("View") || name.endsWith("Views")
                || name.endsWith("Repository");
    }

    private static DescribedPredicate<JavaClass> are(DescribedPredicate<JavaClass> predicate) {
        return predicate;
    }

    private static DescribedPredicate<JavaClass> resources() {
        return DescribedPredicate.describe("resources", ServiceArchitectureRules::isResource);
    }

    private static DescribedPredicate<JavaClass> notWebEdge() {
        return DescribedPredicate.describe("not at the web edge", type -> {
            JavaClass top = outermost(type);
            boolean edge = isResource(type) || top.isAnnotatedWith("jakarta.ws.rs.ext.Provider")
                    || top.getSimpleName().endsWith("Params")
                    || top.getSimpleName().endsWith("ExceptionMapper")
                    || feature(type).map(ServiceArchitectureRules::technical).orElse(false);
            return !edge;
        });
    }

    private static ArchCondition<JavaClass> reachOtherFeaturesOnlyThroughTheirServices() {
        return new ArchCondition<>("reach other features only through their services") {

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = feature(origin);
                if (from.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> to = feature(target);
                    if (to.isPresent() && !to.equals(from) && !technical(to.get())
                            && isPrivateToItsFeature(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " reaches into feature " + to.get() + " past its services"));
                    }
                }
            }
        };
    }
}
