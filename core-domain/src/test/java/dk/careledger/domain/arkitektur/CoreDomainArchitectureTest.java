package dk.careledger.domain.arkitektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;

/** core-domain is plain, deterministic Java (ADR 0003); its events follow ADR 0004, 0005. */
@AnalyzeClasses(packages = "dk.careledger.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreDomainArchitectureTest {

    @ArchTest
    static final ArchRule coreDomainDependsOnNoFramework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.axonframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.fasterxml.jackson..", "tools.jackson..")
            .because("core-domain is plain Java (ADR 0003)");

    @ArchTest
    static final ArchRule decidersNeitherReadTheClockNorMakeRandomIds = noClasses().should()
            .callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("ids arrive with commands and time comes from the Kontekst, so decisions are reproducible");

    @ArchTest
    static final ArchRule eventsAreRecordsWithARevisionAndARegistrering = classes()
            .that().resideInAPackage("dk.careledger.domain.*.event").and().areNotInterfaces()
            .should().beRecords()
            .andShould().beAnnotatedWith(Revision.class)
            .andShould(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("have a component of type Registrering") {
                @Override
                public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                    boolean har = item.getAllFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(Registrering.class));
                    if (!har) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item, item.getName() + " has no Registrering"));
                    }
                }
            });

    @ArchTest
    static final ArchRule eventsImplementTheirAggregatesSealedInterface = classes()
            .that().resideInAPackage("dk.careledger.domain.*.event").and().areNotInterfaces()
            .should().implement(new DescribedPredicate<JavaClass>("a sealed *Event interface of the same package") {
                @Override
                public boolean test(JavaClass c) {
                    return c.isInterface() && c.getSimpleName().endsWith("Event") && c.reflect().isSealed();
                }
            });

    @ArchTest
    static final ArchRule eventsCarryNoCprTypes = noClasses().that().resideInAPackage("dk.careledger.domain.*.event")
            .should().dependOnClassesThat().haveSimpleNameContaining("Cpr")
            .because("citizens are referred to by pseudonymous BorgerId (ADR 0009)");

    @ArchTest
    static final ArchRule eventsDependOnlyOnTheDomainAndTheJdk = classes().that().resideInAPackage("dk.careledger.domain.*.event")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dk.careledger.domain..");

    @ArchTest
    static final ArchRule aggregatesSeeEachOthersIdsNotEachOthersInsides = noClasses()
            .that().resideInAPackage("dk.careledger.domain.bevilling..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.careledger.domain.sag..", "dk.careledger.domain.henvendelse..",
                    "dk.careledger.domain.forloeb..")
            .because("aggregates refer to each other by id only (ADR 0007)");
}
