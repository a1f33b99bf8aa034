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

    @ArchTest
    static final ArchRule capabilitiesOfTheDomainAreFreeOfCycles = slices().matching("dk.careledger.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commandSideCapabilitiesAreFreeOfCycles = slices().matching("dk.careledger.commandside.(*)..").should().beFreeOfCycles();
}
