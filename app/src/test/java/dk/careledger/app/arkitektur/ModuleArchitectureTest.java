package dk.careledger.app.arkitektur;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.projection.jdbc.Masseskrivning;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

/** Rules across modules, checked where the whole classpath is visible. */
@AnalyzeClasses(packages = "dk.careledger", importOptions = {ImportOption.DoNotIncludeTests.class, IkkeTestjars.class})
class ModuleArchitectureTest {

    static final String WORKLOAD = "dk.careledger.arbejdsbyrde..";
    static final String QUERY_SIDE = "dk.careledger.query..";
    static final String UI = "dk.careledger.ui..";
    static final String FEEDS = "dk.careledger.indeksfeed..";
    static final String READ_API = "dk.careledger.projection..laesning..";
    /** The engine and the building blocks every projection may use: the feeds are projections too. */
    static final DescribedPredicate<JavaMethod> ERKLAERER_SKRIVENDE_ENDPOINT = new DescribedPredicate<>("declare a POST, PUT, PATCH or DELETE mapping") {
        @Override
        public boolean test(JavaMethod m) {
            return m.isAnnotatedWith(PostMapping.class) || m.isAnnotatedWith(PutMapping.class) || m.isAnnotatedWith(PatchMapping.class)
                    || m.isAnnotatedWith(DeleteMapping.class);
        }
    };

    /** The endpoint may be called by {@code DRIFT} only (its own {@code @Kraever}, else its class's). */
    static final ArchCondition<JavaMethod> KUN_DRIFT = new ArchCondition<>("be an operation only DRIFT may call") {
        @Override
        public void check(JavaMethod m, ConditionEvents events) {
            Kraever kraever = m.tryGetAnnotationOfType(Kraever.class).or(() -> m.getOwner().tryGetAnnotationOfType(Kraever.class)).orElse(null);
            boolean drift = kraever != null && Arrays.equals(kraever.value(), new Adgangsrolle[] {Adgangsrolle.DRIFT});
            events.add(new SimpleConditionEvent(m, drift, m.getFullName() + (drift ? " is an operation" : " writes outside the command side")));
        }
    };

    static final String[] ENGINE = {"dk.careledger.projection.motor..", "dk.careledger.projection.jdbc..", "dk.careledger.projection.fakta.."};

    @ArchTest
    static final ArchRule readSidesDoNotDependOnTheCommandSide = noClasses().that().resideInAnyPackage(QUERY_SIDE, FEEDS)
            .should().dependOnClassesThat().resideInAPackage("dk.careledger.commandside..")
            .because("read sides only read; they share nothing with the write side but core-domain (ADR 0002)");

    @ArchTest
    static final ArchRule projectionsDoNotDependOnTheCommandSide = noClasses().that().resideInAPackage("dk.careledger.projection..")
            .should().dependOnClassesThat().resideInAPackage("dk.careledger.commandside..");

    @ArchTest
    static final ArchRule nothingDependsOnTheQuerySide = noClasses().that().resideOutsideOfPackages(QUERY_SIDE, UI, "dk.careledger.app..")
            .should().dependOnClassesThat().resideInAPackage("dk.careledger.query..");

    /**
     * The UI calls the application services in-process (the command side's controllers and KommandoApi, the query
     * side's controllers and readers, the register, the catalogues): never the database itself, never HTTP to the
     * application (ADR 0023).
     */
    @ArchTest
    static final ArchRule theUiTalksToTheApplicationServices = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..",
                    "org.springframework.web.client..", "org.springframework.web.reactive..", "java.net.http..", "org.apache.hc..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
            .because("the UI uses the same application services as the REST API, in-process; it has no SQL and no HTTP client"
                    + " of its own (issue 16, ADR 0023)");

    @ArchTest
    static final ArchRule nothingButTheAppDependsOnTheUi = noClasses().that().resideOutsideOfPackages(UI, "dk.careledger.app..")
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule theDomainDependsOnNoOtherModule = noClasses().that().resideInAPackage("dk.careledger.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.careledger.commandside..", QUERY_SIDE, FEEDS,
                    "dk.careledger.projection..", "dk.careledger.app..");

    @ArchTest
    static final ArchRule theReadModelsDoNotDependOnTheFeeds = noClasses().that().resideInAPackage("dk.careledger.projection..")
            .should().dependOnClassesThat().resideInAPackage(FEEDS)
            .because("the feeds build on the read models, never the other way round (issue 12)");

    /**
     * The workload generator and the COPY bulk loader are test equipment (module {@code arbejdsbyrde}, test scope in
     * {@code app}). The imported classes are the main classes of every module, the workload's own included, and no
     * test classes; so this reads: no production class of core-domain, command-side, projections, query-side or app
     * depends on the workload. {@code WorkloadBoundaryRuleTest} shows the rule catching a violation.
     */
    @ArchTest
    static final ArchRule nothingInProductionDependsOnTheWorkload = noClasses().that().resideOutsideOfPackage(WORKLOAD)
            .should().dependOnClassesThat().resideInAPackage(WORKLOAD)
            .because("the workload generator and the bulk loader are for tests and benchmarks only; a bulk import in"
                    + " production goes through the deciders (issue 12, ADR 0002)");

    /** The bulk loader's raw path into the event table is PostgreSQL COPY; no production class may take it. */
    @ArchTest
    static final ArchRule noProductionClassWritesWithCopy = noClasses().that().resideOutsideOfPackage(WORKLOAD)
            .should().dependOnClassesThat().resideInAPackage("org.postgresql.copy..")
            .because("events enter the store through the aggregates; only the test-scope bulk loader copies rows in"
                    + " (issue 12)");

    /** The query side reads a read model only through its published {@code laesning} package (issue 12). */
    @ArchTest
    static final ArchRule querySideReadsOnlyPublishedReadApis = noClasses().that().resideInAPackage(QUERY_SIDE)
            .should().dependOnClassesThat(resideInAPackage("dk.careledger.projection..").and(not(resideInAPackage(READ_API))))
            .because("a read model's internals (its projection, fold, writers) may change shape with every rebuild; the query side"
                    + " depends only on what the read model publishes (issue 12, ADR 0002)");

    /** The index feeds reach the read models only through their read APIs, and the engine through its own API. */
    @ArchTest
    static final ArchRule feedsDoNotReachIntoReadModelInternals = noClasses().that().resideInAPackage(FEEDS)
            .should().dependOnClassesThat(resideInAPackage("dk.careledger.projection..")
                    .and(not(resideInAPackage(READ_API))).and(not(resideInAnyPackage(ENGINE))))
            .because("the KOMBIT integration is a module of its own that uses the read models' published APIs (issue 12)");

    /**
     * The query side never writes: it declares no POST, PUT, PATCH or DELETE endpoint and calls no JDBC write. The
     * same holds for every published read API, so reading through one cannot write either.
     */
    @ArchTest
    static final ArchRule querySideDeclaresNoWritingEndpoint = noMethods().that().areDeclaredInClassesThat().resideInAPackage(QUERY_SIDE)
            .should().beAnnotatedWith(PostMapping.class).orShould().beAnnotatedWith(PutMapping.class)
            .orShould().beAnnotatedWith(PatchMapping.class).orShould().beAnnotatedWith(DeleteMapping.class)
            .because("the query side only reads");

    /**
     * Only the command side writes (issue 15, ADR 0021): outside it no endpoint declares POST, PUT, PATCH or DELETE, so
     * the projections, the index feeds and the query side only read. Two kinds are let through, because they record no
     * fact: the log-in ({@code app.adgang}), and operations of the machinery that only {@code DRIFT} may call (rebuild or
     * resume a projection, reconcile a feed).
     */
    @ArchTest
    static final ArchRule onlyTheCommandSideDeclaresWritingEndpoints = methods().that(ERKLAERER_SKRIVENDE_ENDPOINT)
            .and().areDeclaredInClassesThat().resideOutsideOfPackages("dk.careledger.commandside..", "dk.careledger.app.adgang..", "dk.careledger.ui..",
                    "dk.careledger.app.bevis..")
            .should(KUN_DRIFT)
            .because("a kommune's settings, like every other change, are facts decided on the command side (ADR 0021); the UI's forms "
                    + "post to the command side's controllers in-process (ADR 0023); verifying a kept export of checkpoints is a POST "
                    + "that stores nothing (ADR 0024)");

    @ArchTest
    static final ArchRule neitherTheQuerySideNorAReadApiWrites = noClasses().that().resideInAnyPackage(QUERY_SIDE, READ_API)
            .should().callMethodWhere(target(owner(assignableTo(JdbcOperations.class))).and(target(nameMatching("update|batchUpdate|execute"))))
            .orShould().dependOnClassesThat().areAssignableTo(Masseskrivning.class)
            .because("reading never writes (issue 12)");

    @ArchTest
    static final ArchRule capabilitiesOfTheDomainAreFreeOfCycles = slices().matching("dk.careledger.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commandSideCapabilitiesAreFreeOfCycles = slices().matching("dk.careledger.commandside.(*)..").should().beFreeOfCycles();
}
