package dk.careledger.app.arkitektur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.careledger.commandside.api.KommuneindstillingController;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.indeksfeed.api.FeedAfstemningController;
import dk.careledger.projection.admin.ProjektionAdminController;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule that only the command side declares writing endpoints ({@link ModuleArchitectureTest#onlyTheCommandSideDeclaresWritingEndpoints})
 * has teeth: a settings endpoint that writes outside the command side, as the projections' did before issue 15, breaks it;
 * the command side's, and the operations only DRIFT may call, do not.
 */
class SkrivendeEndpointReglenTest {

    /** As {@code BorgerblikindstillingController} was: a configuration write in a read module. */
    @RestController
    @Kraever({Adgangsrolle.KONFIGURATION})
    static class SkriverIEnLaesemodel {
        @PostMapping("/api/borgerblik/konfiguration")
        void gem() {
        }

        @GetMapping("/api/borgerblik/konfiguration")
        void laes() {
        }
    }

    @Test
    void aConfigurationWriteOutsideTheCommandSideBreaksTheRule() {
        JavaClasses klasser = new ClassFileImporter().importClasses(SkriverIEnLaesemodel.class);

        assertThat(ModuleArchitectureTest.onlyTheCommandSideDeclaresWritingEndpoints.evaluate(klasser).getFailureReport().getDetails())
                .hasSize(1).allMatch(linje -> linje.contains("gem()"));
    }

    @Test
    void theCommandSidesSettingsEndpointsAndTheOperationsOnlyDriftMayCallKeepIt() {
        JavaClasses klasser = new ClassFileImporter().importClasses(KommuneindstillingController.class, ProjektionAdminController.class,
                FeedAfstemningController.class);

        assertThat(ModuleArchitectureTest.onlyTheCommandSideDeclaresWritingEndpoints.evaluate(klasser).hasViolation()).isFalse();
        assertThat(ModuleArchitectureTest.onlyTheCommandSideDeclaresWritingEndpoints.evaluate(new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests()).withImportOption(new IkkeTestjars()).importPackages("dk.careledger"))
                .hasViolation()).isFalse();
    }
}
