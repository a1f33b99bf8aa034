package dk.careledger.app.arkitektur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.careledger.app.CareLedgerApplication;
import dk.careledger.app.arkitektur.fixture.CopiesIntoTheEventTable;
import dk.careledger.app.arkitektur.fixture.HoldsTheBulkLoader;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.commandside.infra.LedgerSchema;
import dk.careledger.domain.sag.SagDecider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workload rules of {@link ModuleArchitectureTest} have teeth: they see what they claim to see, and they fail on a
 * class that depends on the workload.
 */
class WorkloadBoundaryRuleTest {

    private static JavaClasses produktion;

    @BeforeAll
    static void importer() {
        // as ModuleArchitectureTest's @AnalyzeClasses imports them
        produktion = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).withImportOption(new IkkeTestjars()).importPackages("dk.careledger");
    }

    @Test
    void theRulesLookAtTheMainClassesOfEveryModuleAndAtNoTestClass() {
        assertThat(produktion.contain(SagDecider.class)).as("core-domain").isTrue();
        assertThat(produktion.contain(LedgerSchema.class)).as("command-side").isTrue();
        assertThat(inProduction("dk.careledger.projection.")).as("projections").isTrue();
        assertThat(inProduction("dk.careledger.query.")).as("query-side").isTrue();
        assertThat(produktion.contain(CareLedgerApplication.class)).as("app").isTrue();
        assertThat(produktion.contain(Bulkindlaeser.class)).as("the workload itself, on the test classpath").isTrue();
        assertThat(produktion.contain(HoldsTheBulkLoader.class)).as("a test class").isFalse();
        assertThat(produktion.contain(WorkloadBoundaryRuleTest.class)).as("a test class").isFalse();
    }

    @Test
    void aClassThatDependsOnTheWorkloadBreaksTheRules() {
        JavaClasses medOvertraedelse = new ClassFileImporter().importClasses(HoldsTheBulkLoader.class, Bulkindlaeser.class);

        assertThat(ModuleArchitectureTest.nothingInProductionDependsOnTheWorkload.evaluate(medOvertraedelse).hasViolation()).isTrue();
        assertThat(ModuleArchitectureTest.nothingInProductionDependsOnTheWorkload.evaluate(produktion).hasViolation()).isFalse();
    }

    @Test
    void aClassThatWritesWithCopyBreaksTheCopyRuleAndTheBulkLoaderIsTheOneExemption() {
        JavaClasses medOvertraedelse = new ClassFileImporter().importClasses(CopiesIntoTheEventTable.class, Bulkindlaeser.class);

        assertThat(ModuleArchitectureTest.noProductionClassWritesWithCopy.evaluate(medOvertraedelse).getFailureReport().getDetails())
                .hasSizeGreaterThan(0)
                .allMatch(linje -> linje.contains(CopiesIntoTheEventTable.class.getName()));
        assertThat(ModuleArchitectureTest.noProductionClassWritesWithCopy.evaluate(produktion).hasViolation()).isFalse();
    }

    private static boolean inProduction(String pakkeprefiks) {
        return produktion.stream().anyMatch(k -> k.getPackageName().startsWith(pakkeprefiks));
    }
}
