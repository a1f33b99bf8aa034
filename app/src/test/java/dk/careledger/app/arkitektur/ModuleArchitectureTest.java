package dk.careledger.app.arkitektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules across modules, checked where the whole classpath is visible. */
@AnalyzeClasses(packages = "dk.careledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    static final String WORKLOAD = "dk.careledger.arbejdsbyrde..";

    @ArchTest
    static final ArchRule querySideDoesNotDependOnTheCommandSide = noClasses().that().resideInAPackage("dk.careledger.query..")
            .should().dependOnClassesThat().resideInAPackage("dk.careledger.commandside..")
            .because("read sides only read; they share nothing with the write side but core-domain (ADR 0002)");

    @ArchTest
    static final ArchRule projectionsDoNotDependOnTheCommandSide = noClasses().that().resideInAPackage("dk.careledger.projection..")
            .should().dependOnClassesThat().resideInAPackage("dk.careledger.commandside..")
            .allowEmptyShould(true); // until the first projection lands (issue 3)

    @ArchTest
    static final ArchRule nothingDependsOnTheQuerySide = noClasses().that().resideOutsideOfPackages("dk.careledger.query..", "dk.careledger.app..")
            .should().dependOnClassesThat().resideInAPackage("dk.careledger.query..");

    @ArchTest
    static final ArchRule theDomainDependsOnNoOtherModule = noClasses().that().resideInAPackage("dk.careledger.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.careledger.commandside..", "dk.careledger.query..",
                    "dk.careledger.projection..", "dk.careledger.app..");

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

    @ArchTest
    static final ArchRule capabilitiesOfTheDomainAreFreeOfCycles = slices().matching("dk.careledger.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commandSideCapabilitiesAreFreeOfCycles = slices().matching("dk.careledger.commandside.(*)..").should().beFreeOfCycles();
}
