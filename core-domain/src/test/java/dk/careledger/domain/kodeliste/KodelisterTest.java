package dk.careledger.domain.kodeliste;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.Kataloglaeser;
import dk.careledger.domain.katalog.Kodeliste;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KodelisterTest {

    /** The ledger's own codes as text: one line per list, its version and its codes. */
    private static String tekst() {
        return Kodelister.alle().stream()
                .map(l -> l.navn() + " [" + l.version() + "]: " + l.koder().stream().map(Kode::kode).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void theLedgersOwnCodesMatchTheGoldenFileSoAChangedCodeCannotSlipPastTheVersion() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/kodelister.golden.txt")) {
            assertThat(in).as("the golden file; on a change of codes: raise Kodelister.VERSION and update it").isNotNull();
            assertThat(tekst()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyCodeOfEveryListHasADanishTitleAndNoListIsEmpty() {
        assertThat(Kodelister.alle()).allSatisfy(l -> {
            assertThat(l.koder()).isNotEmpty();
            assertThat(l.koder()).allSatisfy(k -> assertThat(k.titel()).isNotBlank());
        });
    }

    @Test
    void theCatalogueListsKeepTheFilesOrderAndNameTheFilesVersion() {
        Katalog k = Kataloglaeser.standard();
        Kodeliste<?> fsiii = k.fsiiiKoder();
        assertThat(fsiii.version()).isEqualTo("FSIII 2024");
        assertThat(k.fsiiiKoder().koder().get(0).kode()).isEqualTo("A1");
        assertThat(k.kleEmner().version()).isEqualTo("KLE 2026-02");
        assertThat(k.indsatser().version()).isEqualTo("indsatser 1");
        assertThat(k.handlingsfacetter().koder()).extracting(h -> h.kode()).startsWith("G01", "A53");
        assertThat(k.kleEmner().koder()).allSatisfy(e -> assertThat(k.kleEmne(e.nummer())).contains(e));
    }
}
