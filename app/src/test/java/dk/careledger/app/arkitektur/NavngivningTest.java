package dk.careledger.app.arkitektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.careledger.projection.motor.Projektion;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The naming rule of ADR 0004 (amended in issue 12): one suffix per role. A role a framework defines keeps the
 * framework's English word ({@code Controller}, {@code Config}); a role the ledger defines is Danish
 * ({@code Projektion}, {@code Laeser}, {@code Skriver}, {@code Raekke}, {@code Indstillinger}).
 */
@AnalyzeClasses(packages = "dk.careledger", importOptions = {ImportOption.DoNotIncludeTests.class, IkkeTestjars.class})
class NavngivningTest {

    @ArchTest
    static final ArchRule everyRestControllerIsNamedController = classes().that().areAnnotatedWith(RestController.class)
            .should().haveSimpleNameEndingWith("Controller");

    @ArchTest
    static final ArchRule everyProjectionIsNamedProjektion = classes().that().implement(Projektion.class).and().areNotInterfaces()
            .should().haveSimpleNameEndingWith("Projektion");

    @ArchTest
    static final ArchRule everyQuerySideServiceIsAReaderNamedLaeser = classes().that().resideInAPackage("dk.careledger.query..")
            .and().areAnnotatedWith(Service.class).should().haveSimpleNameEndingWith("laeser").orShould().haveSimpleNameEndingWith("Laeser");

    @ArchTest
    static final ArchRule aSpringConfigurationIsConfigAndStoredSettingsAreIndstillinger = noClasses()
            .should().haveSimpleNameEndingWith("Konfiguration").orShould().haveSimpleNameEndingWith("Configuration")
            .because("Konfiguration meant both a Spring configuration and a table of kommune settings: the first is …Config,"
                    + " the second …Indstillinger");

    @ArchTest
    static final ArchRule aRowIsRaekke = noClasses().should().haveSimpleNameEndingWith("Rad")
            .because("rows were both Rad and Raekke; Raekke is the one word");

    @ArchTest
    static final ArchRule noEnglishNameForARoleTheLedgerDefines = noClasses().should().haveSimpleNameEndingWith("Service")
            .orShould().haveSimpleNameEndingWith("Loader").orShould().haveSimpleNameEndingWith("Reader")
            .orShould().haveSimpleNameEndingWith("Writer").orShould().haveSimpleNameEndingWith("Row")
            .orShould().haveSimpleNameEndingWith("Projection");
}
