package dk.careledger.app.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.e2e.LedgerKlientAdgang;
import dk.careledger.app.e2e.LedgerKlientAdgang.Svar;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.domain.katalog.Katalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The code lists a client picks from (issue 18 item 3), served from the files the deciders check against. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class KatalogApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Katalog katalog;

    LedgerKlientAdgang klient;

    @BeforeEach
    void klient() {
        klient = new LedgerKlientAdgang(port);
    }

    private JsonNode ok(String sti) {
        Svar s = klient.get(sti);
        assertThat(s.status()).as("%s %s", sti, s.krop()).isEqualTo(200);
        return s.krop();
    }

    private static List<String> felt(JsonNode liste, String navn) {
        List<String> ud = new ArrayList<>();
        liste.get("koder").forEach(k -> ud.add(k.get(navn).asText()));
        return ud;
    }

    @Test
    void theIndexListsEveryCodeListWithItsVersionCountAndPath() {
        JsonNode oversigt = ok("/api/katalog");
        List<String> navne = new ArrayList<>();
        oversigt.forEach(l -> navne.add(l.get("navn").asText()));
        assertThat(navne).contains("kle-emner", "handlingsfacetter", "fsiii", "indsatser", "forloebstyper", "hjemler",
                "ikke-leveret-aarsager", "ophoersaarsager", "afslutningsaarsager", "afgoerelsestyper", "foelsomhed",
                "henvendelseskanaler");
        oversigt.forEach(l -> {
            assertThat(l.get("version").asText()).isNotBlank();
            assertThat(l.get("antal").asInt()).as(l.get("navn").asText()).isPositive();
            assertThat(ok(l.get("sti").asText()).get("koder")).hasSize(l.get("antal").asInt());
        });
        assertThat(oversigt.findValuesAsText("version")).contains("KLE 2026-02", "FSIII 2024", "indsatser 1", "ledger-koder 1");
    }

    @Test
    void everyIndsatsAClientCanSendIsListedWithItsKleAndHjemmelAndEveryListedOneIsKnownToTheDeciders() {
        JsonNode indsatser = ok("/api/katalog/indsatser");
        assertThat(indsatser.get("version").asText()).isEqualTo("indsatser 1");
        assertThat(felt(indsatser, "kode")).contains("SEL-83-PP", "SEL-83-PH").doesNotHaveDuplicates();
        indsatser.get("koder").forEach(i -> {
            assertThat(katalog.indsats(i.get("kode").asText())).isPresent();
            assertThat(i.get("kleNummer").asText()).matches("\\d{2}\\.\\d{2}\\.\\d{2}");
            assertThat(i.get("hjemmel").asText()).isNotBlank();
        });
    }

    @Test
    void theFsiiiListFilteredToGroupEGivesTheOpfoelgningResultsE1ToE4() {
        JsonNode e = ok("/api/katalog/fsiii?gruppe=E");
        assertThat(felt(e, "kode")).containsExactly("E1", "E2", "E3", "E4");
        assertThat(e.get("version").asText()).isEqualTo("FSIII 2024");
    }

    @Test
    void aKlePrefixNarrowsKleEmnerIndsatserAndForloebstyperToThatArea() {
        assertThat(felt(ok("/api/katalog/kle-emner?praefiks=27.36"), "nummer")).isNotEmpty().allMatch(n -> n.startsWith("27.36."));
        assertThat(felt(ok("/api/katalog/indsatser?praefiks=27.36.04"), "kleNummer")).isNotEmpty().allMatch(n -> n.equals("27.36.04"));
        assertThat(felt(ok("/api/katalog/forloebstyper?praefiks=27"), "kleNummer")).isNotEmpty().allMatch(n -> n.startsWith("27."));
    }

    @Test
    void theHjemlerNameTheIndsatserAndForloebstyperGrantedUnderEach() {
        JsonNode hjemler = ok("/api/katalog/hjemler");
        JsonNode sel83 = null;
        for (JsonNode h : hjemler.get("koder")) {
            if (h.get("hjemmel").asText().equals("SEL § 83")) {
                sel83 = h;
            }
        }
        assertThat(sel83).as("SEL § 83 is the hjemmel of forløbstype SEL-83").isNotNull();
        assertThat(sel83.get("forloebstyper").toString()).contains("SEL-83");
    }

    @Test
    void theLedgersOwnCodesComeWithADanishTitle() {
        JsonNode aarsager = ok("/api/katalog/ikke-leveret-aarsager");
        assertThat(felt(aarsager, "kode")).containsExactly("BORGER_IKKE_HJEMME", "BORGER_AFLYST", "BORGER_INDLAGT", "MEDARBEJDER_FRAVAER", "ANDET");
        assertThat(felt(aarsager, "titel")).contains("Borger ikke hjemme");
    }

    @Test
    void anUnknownListIs404AndABadOrUnsupportedFilterIs400NamingIt() {
        Svar ukendt = klient.get("/api/katalog/postnumre");
        assertThat(ukendt.status()).isEqualTo(404);
        assertThat(ukendt.krop().get("fejlkode").asText()).isEqualTo("KODELISTE_UKENDT");

        Svar forkert = klient.get("/api/katalog/kle-emner?praefiks=27.3");
        assertThat(forkert.status()).isEqualTo(400);
        assertThat(forkert.krop().get("fejlkode").asText()).isEqualTo("PARAMETER_UGYLDIG");
        assertThat(forkert.krop().get("felt").asText()).isEqualTo("praefiks");

        Svar gruppePaaKle = klient.get("/api/katalog/kle-emner?gruppe=E");
        assertThat(gruppePaaKle.status()).isEqualTo(400);
        assertThat(gruppePaaKle.krop().get("felt").asText()).isEqualTo("gruppe");
    }

    @Test
    void aQueryParameterAnEndpointDoesNotDeclareIsRefusedNotIgnored() {
        Svar s = klient.get("/api/katalog/fsiii?grupe=E");
        assertThat(s.status()).isEqualTo(400);
        assertThat(s.krop().get("fejlkode").asText()).isEqualTo("PARAMETER_UKENDT");
        assertThat(s.krop().get("felt").asText()).isEqualTo("grupe");
        assertThat(s.krop().toString()).contains("gruppe", "praefiks");

        Svar sager = klient.get("/api/sager?kommnue=29189420");
        assertThat(sager.status()).as("%s", sager.krop()).isEqualTo(400);
        assertThat(sager.krop().get("felt").asText()).isEqualTo("kommnue");
        assertThat(sager.krop().get("detail").asText()).as("did you mean").contains("mente du 'kommune'?");
    }
}
