package dk.careledger.app.ydelse;

import static dk.careledger.app.ydelse.Ledger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The KLE-tagged Ydelsesindeks over REST: bevillinger granted through the command API, then searched by KLE on every
 * level, kommune, citizen, status and sag, read one by one with their effektueringer, and their leveringer per week
 * and month. Every search names the test's own fresh citizen, since the test classes share one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class YdelsesindeksTest {
    private static final LocalDate MARTS = LocalDate.of(2026, 3, 2);

    @LocalServerPort
    int port;

    @Autowired
    Projektionsmotor motor;

    Ledger ledger;
    Ledger sygeplejen;
    Ledger hjemmeplejen;

    @BeforeEach
    void klienter() {
        ledger = new Ledger(port);
        sygeplejen = ledger.som("spl-0007", "SELVVISITERENDE");
        hjemmeplejen = ledger.som("hp-0042", "UDFOERER");
    }

    @Test
    void ydelserAreFoundByTheKleOfTheYdelseOnEveryLevelAndByKommuneAndSag() {
        UUID borger = ledger.borger();
        UUID sag = ledger.sag(borger, "27.36.04", "Hjælp i hjemmet", MARTS);
        UUID pleje = ledger.bevilling(borger, sag, "SEL-83-PP", MARTS, null);
        UUID traening = ledger.bevilling(borger, sag, "SEL-86-GEN", MARTS, null);
        UUID helhed = ledger.bevilling(borger, sag, "AEL-HELHEDSPLEJE", MARTS, null);
        UUID sygepleje = UUID.randomUUID();
        sygeplejen.ok("/api/bevillinger", json("bevillingId", sygepleje, "borgerId", borger, "indsatsKode", "SUL-138", "startdato", MARTS,
                "omfang", json("minutter", 20, "periode", "PR_UGE", "gange", 3), "bevilgetDato", MARTS));
        ajour();

        assertThat(ids("kle=27&borgerId=" + borger)).containsExactlyInAnyOrder(pleje, traening, helhed);
        assertThat(ids("kle=27.36&borgerId=" + borger)).containsExactlyInAnyOrder(pleje, traening);
        assertThat(ids("kle=27.36.04&borgerId=" + borger)).containsExactly(pleje);
        assertThat(ids("kle=27.34.10&borgerId=" + borger)).containsExactly(helhed);
        assertThat(ids("kle=29&borgerId=" + borger)).containsExactly(sygepleje);
        assertThat(ids("kle=29.18&borgerId=" + borger)).containsExactly(sygepleje);
        assertThat(ids("kle=29.18.00&borgerId=" + borger)).containsExactly(sygepleje);
        assertThat(ids("kle=28&borgerId=" + borger)).isEmpty();
        assertThat(ids("sagId=" + sag)).containsExactlyInAnyOrder(pleje, traening, helhed);
        assertThat(ids("kommune=" + Ledger.AALBORG + "&borgerId=" + borger)).hasSize(4);
        // another kommune's ydelser are not the caller's to search (ADR 0019): 404, and Aarhus's own search finds none of them
        assertThat(ledger.get("/api/ydelser?kommune=" + Ledger.AARHUS + "&borgerId=" + borger).status()).isEqualTo(404);
        assertThat(ledger.iKommune(Ledger.AARHUS).hent("/api/ydelser?kommune=" + Ledger.AARHUS + "&borgerId=" + borger)).isEmpty();

        JsonNode plejeYdelse = ledger.hent("/api/ydelser?kle=27.36.04&borgerId=" + borger).get(0);
        assertThat(plejeYdelse.get("kle").get("hovedgruppe").asText()).isEqualTo("27");
        assertThat(plejeYdelse.get("kle").get("gruppe").asText()).isEqualTo("27.36");
        assertThat(plejeYdelse.get("kle").get("emne").asText()).isEqualTo("27.36.04");
        assertThat(plejeYdelse.get("kle").get("titel").asText()).isNotBlank();
        assertThat(plejeYdelse.get("indsatsKode").asText()).isEqualTo("SEL-83-PP");
        assertThat(plejeYdelse.get("indsatsNavn").asText()).isEqualTo("Personlig pleje");
        assertThat(plejeYdelse.get("hjemmel").asText()).isEqualTo("SEL § 83, stk. 1, nr. 1");
        assertThat(plejeYdelse.get("sagId").asText()).isEqualTo(sag.toString());
        assertThat(plejeYdelse.get("kommune").asText()).isEqualTo(Ledger.AALBORG);
        assertThat(plejeYdelse.get("omfang").get("minutterPrUge").asLong()).isEqualTo(210);
        assertThat(plejeYdelse.get("startdato").asText()).isEqualTo("2026-03-02");

        JsonNode udenSag = ledger.hent("/api/ydelser/" + sygepleje).get("ydelse");
        assertThat(udenSag.get("sagId").isNull()).as("a bevilling without sag has no sag relation (solution C)").isTrue();
        assertThat(udenSag.get("kle").get("emne").asText()).isEqualTo("29.18.00");
    }

    @Test
    void aKleFilterThatIsNoHovedgruppeGruppeOrEmneIsRefusedNamingKle() {
        for (String ugyldig : List.of("2", "273", "27.3", "27.36.4", "27-36-04", "27.36.04.01", "abc")) {
            Ledger.Svar svar = ledger.get("/api/ydelser?kle=" + ugyldig);
            assertThat(svar.status()).as(ugyldig).isEqualTo(400);
            assertThat(svar.krop().get("fejlkode").asText()).isEqualTo("PARAMETER_UGYLDIG");
            assertThat(svar.krop().get("felt").asText()).isEqualTo("kle");
        }
        assertThat(afvist("/api/ydelser?kommune=2918942", "kommune")).isTrue();
        assertThat(afvist("/api/ydelser?borgerId=ikke-et-id", "borgerId")).isTrue();
        assertThat(afvist("/api/ydelser?sagId=42", "sagId")).isTrue();
        assertThat(afvist("/api/ydelser?status=BEVILGET", "status")).isTrue();
        assertThat(afvist("/api/ydelser?graense=0", "graense")).isTrue();
    }

    @Test
    void theStatusIsVentelisteFremtidigAktivOrOphoertForTodayAndFiltersTheList() {
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        UUID borger = ledger.borger();
        UUID sag = ledger.sag(borger, "27.36.04", "Personlig pleje", MARTS);
        UUID venteliste = ledger.bevilling(borger, sag, "SEL-83-PP", null, null);
        UUID startetFraVenteliste = ledger.bevilling(borger, sag, "SEL-83-PP", null, null);
        UUID fremtidig = ledger.bevilling(borger, sag, "SEL-83-PH", idag.plusDays(10), null);
        UUID aktiv = ledger.bevilling(borger, sag, "SEL-83-PH", idag.minusDays(30), null);
        UUID udloebet = ledger.bevilling(borger, sag, "SEL-86-GEN", idag.minusDays(60), idag.minusDays(1));
        UUID afsluttetVedOpfoelgning = ledger.bevilling(borger, sag, "SEL-86-VED", idag.minusDays(60), null);
        ledger.ok("/api/bevillinger/" + startetFraVenteliste + "/startdato", json("startdato", idag));
        hjemmeplejen.ok("/api/bevillinger/" + afsluttetVedOpfoelgning + "/opfoelgninger", json("opfoelgningId", UUID.randomUUID(),
                "resultatKode", "E3", "gennemfoertDato", idag.minusDays(2), "notat", "Klarer sig selv"));
        ajour();

        assertThat(ids("status=VENTELISTE&borgerId=" + borger)).containsExactly(venteliste);
        assertThat(ids("status=fremtidig&borgerId=" + borger)).containsExactly(fremtidig);
        assertThat(ids("status=AKTIV&borgerId=" + borger)).containsExactlyInAnyOrder(aktiv, startetFraVenteliste);
        assertThat(ids("status=OPHOERT&borgerId=" + borger)).containsExactlyInAnyOrder(udloebet, afsluttetVedOpfoelgning);

        JsonNode e3 = ledger.hent("/api/ydelser/" + afsluttetVedOpfoelgning).get("ydelse");
        assertThat(e3.get("status").asText()).isEqualTo("OPHOERT");
        assertThat(e3.get("ophoersaarsag").asText()).isEqualTo("OPFOELGNING");
        assertThat(e3.get("ophoersdato").asText()).isEqualTo(idag.minusDays(1).toString());
        assertThat(e3.get("slut").asText()).isEqualTo(idag.minusDays(2).toString());
        assertThat(e3.get("senesteOpfoelgningResultat").asText()).isEqualTo("E3");
        assertThat(ledger.hent("/api/ydelser/" + udloebet).get("ydelse").get("slut").asText()).isEqualTo(idag.minusDays(1).toString());
    }

    @Test
    void anEconomicYdelseHasOneEffektueringPerMonthFromStartToOphoerInProportionAtTheEnds() {
        UUID borger = ledger.borger();
        UUID sag = ledger.sag(borger, "27.39.16", "Kontant tilskud til hjælpere", MARTS);
        UUID tilskud = UUID.randomUUID();
        ledger.ok("/api/bevillinger", json("bevillingId", tilskud, "borgerId", borger, "sagId", sag, "indsatsKode", "SEL-95",
                "startdato", LocalDate.of(2026, 3, 15), "beloebOere", 1_200_000, "bevilgetDato", LocalDate.of(2026, 3, 10)));
        ledger.ok("/api/bevillinger/" + tilskud + "/ophoer", json("ophoersdato", LocalDate.of(2026, 6, 11), "aarsag", "BORGERENS_OENSKE"));
        ajour();

        JsonNode detalje = ledger.hent("/api/ydelser/" + tilskud);
        assertThat(detalje.get("ydelse").get("ydelsestype").asText()).isEqualTo("OEKONOMISK");
        assertThat(detalje.get("ydelse").get("beloebOerePrMaaned").asLong()).isEqualTo(1_200_000);
        List<String> rater = new ArrayList<>();
        for (JsonNode r : detalje.get("oekonomiskeEffektueringer")) {
            rater.add(r.get("periode").asText() + " " + r.get("fra").asText() + ".." + r.get("til").asText() + " " + r.get("beloebOere").asLong());
        }
        assertThat(rater).containsExactly("2026-03 2026-03-15..2026-03-31 658065", "2026-04 2026-04-01..2026-04-30 1200000",
                "2026-05 2026-05-01..2026-05-31 1200000", "2026-06 2026-06-01..2026-06-10 400000");
        assertThat(detalje.get("leveringerPrMaaned")).isEmpty();
    }

    @Test
    void leveringerAreCountedPerIsoWeekAndPerMonthWithUnplannedVisitsAndTheReasonsForMissedOnes() {
        UUID borger = ledger.borger();
        UUID sag = ledger.sag(borger, "27.36.04", "Personlig pleje", MARTS);
        UUID pleje = ledger.bevilling(borger, sag, "SEL-83-PP", LocalDate.of(2026, 3, 9), null);
        UUID forloeb = ledger.forloeb(borger, "SEL-83", MARTS);
        ledger.ok("/api/forloeb/" + forloeb + "/bevillinger", json("bevillingId", pleje));
        ledger.ok("/api/bevillinger/" + pleje + "/bestilling", json("leverandoer", "Hjemmeplejen Aarhus Midt", "leverandoerKommune", Ledger.AARHUS,
                "bestiltDato", LocalDate.of(2026, 3, 3), "handlingsanvisning", "Bad morgen og aften"));
        levering(pleje, "2026-03-09T06:30:00Z", 17);
        hjemmeplejen.ok("/api/bevillinger/" + pleje + "/ikke-leveret", json("leveringId", UUID.randomUUID(), "planlagt", "2026-03-10T06:30:00Z",
                "aarsag", "BORGER_IKKE_HJEMME", "erstatningTilbudt", true, "bemaerkning", "Ingen svar"));
        hjemmeplejen.ok("/api/bevillinger/" + pleje + "/uplanlagte-leveringer", json("leveringId", UUID.randomUUID(),
                "leveret", "2026-03-10T01:40:00Z", "udfoertAf", "hp-0042", "varighedMinutter", 35, "anledning", "Nødkald efter fald"));
        levering(pleje, "2026-03-31T22:30:00Z", 15); // 1 April 00:30 in Copenhagen: week 14, April
        hjemmeplejen.ok("/api/bevillinger/" + pleje + "/ikke-leveret", json("leveringId", UUID.randomUUID(), "planlagt", "2026-04-02T06:30:00Z",
                "aarsag", "MEDARBEJDER_FRAVAER", "erstatningTilbudt", false));
        ajour();

        JsonNode uger = ledger.hent("/api/ydelser/" + pleje + "/leveringer?periode=uge");
        assertThat(uger).hasSize(2);
        assertThat(periode(uger.get(0))).isEqualTo("2026-W11 2026-03-09..2026-03-15 leveret=2/52 uplanlagt=1/35 ikke=1 erstatning=1");
        assertThat(uger.get(0).get("ikkeLeveretPrAarsag").get("BORGER_IKKE_HJEMME").get("antal").asInt()).isEqualTo(1);
        assertThat(uger.get(0).get("ikkeLeveretPrAarsag").get("BORGER_IKKE_HJEMME").get("antalErstatningTilbudt").asInt()).isEqualTo(1);
        assertThat(periode(uger.get(1))).isEqualTo("2026-W14 2026-03-30..2026-04-05 leveret=1/15 uplanlagt=0/0 ikke=1 erstatning=0");
        assertThat(uger.get(1).get("ikkeLeveretPrAarsag").get("MEDARBEJDER_FRAVAER").get("antal").asInt()).isEqualTo(1);

        JsonNode maaneder = ledger.hent("/api/ydelser/" + pleje + "/leveringer?periode=maaned");
        assertThat(maaneder).hasSize(2);
        assertThat(periode(maaneder.get(0))).isEqualTo("2026-03 2026-03-01..2026-03-31 leveret=2/52 uplanlagt=1/35 ikke=1 erstatning=1");
        assertThat(periode(maaneder.get(1))).isEqualTo("2026-04 2026-04-01..2026-04-30 leveret=1/15 uplanlagt=0/0 ikke=1 erstatning=0");
        assertThat(ledger.hent("/api/ydelser/" + pleje + "/leveringer")).isEqualTo(maaneder);

        JsonNode detalje = ledger.hent("/api/ydelser/" + pleje);
        assertThat(detalje.get("leveringerPrMaaned")).isEqualTo(maaneder);
        assertThat(detalje.get("oekonomiskeEffektueringer")).isEmpty();
        assertThat(detalje.get("forloeb").get(0).asText()).isEqualTo(forloeb.toString());
        assertThat(detalje.get("ydelse").get("leverandoer").get("navn").asText()).isEqualTo("Hjemmeplejen Aarhus Midt");
        assertThat(detalje.get("ydelse").get("leverandoer").get("kommune").asText()).isEqualTo(Ledger.AARHUS);
    }

    @Test
    void anUnknownBevillingIs404AndABadPeriodIs400() {
        UUID ukendt = UUID.randomUUID();
        for (String sti : List.of("/api/ydelser/" + ukendt, "/api/ydelser/" + ukendt + "/leveringer?periode=uge")) {
            Ledger.Svar svar = ledger.get(sti);
            assertThat(svar.status()).as(sti).isEqualTo(404);
            assertThat(svar.krop().get("fejlkode").asText()).isEqualTo("BEVILLING_UKENDT");
            assertThat(svar.krop().get("felt").asText()).isEqualTo("bevillingId");
        }
        assertThat(afvist("/api/ydelser/" + ukendt + "/leveringer?periode=aar", "periode")).isTrue();
        assertThat(ledger.get("/api/ydelser/ikke-et-id").status()).isEqualTo(400);
    }

    private void levering(UUID bevilling, String tidspunkt, int minutter) {
        hjemmeplejen.ok("/api/bevillinger/" + bevilling + "/leveringer", json("leveringId", UUID.randomUUID(), "leveret", tidspunkt,
                "udfoertAf", "hp-0042", "varighedMinutter", minutter));
    }

    private static String periode(JsonNode p) {
        return p.get("periode").asText() + " " + p.get("fra").asText() + ".." + p.get("til").asText() + " leveret=" + p.get("antalLeveret").asInt()
                + "/" + p.get("minutterLeveret").asLong() + " uplanlagt=" + p.get("antalUplanlagt").asInt() + "/" + p.get("minutterUplanlagt").asLong()
                + " ikke=" + p.get("antalIkkeLeveret").asInt() + " erstatning=" + p.get("antalErstatningTilbudt").asInt();
    }

    private boolean afvist(String sti, String felt) {
        Ledger.Svar svar = ledger.get(sti);
        assertThat(svar.status()).as(sti + ": " + svar).isEqualTo(400);
        assertThat(svar.krop().get("fejlkode").asText()).isEqualTo("PARAMETER_UGYLDIG");
        assertThat(svar.krop().get("felt").asText()).isEqualTo(felt);
        return true;
    }

    private List<UUID> ids(String filtre) {
        List<UUID> ids = new ArrayList<>();
        for (JsonNode y : ledger.hent("/api/ydelser?" + filtre)) {
            ids.add(UUID.fromString(y.get("bevillingId").asText()));
        }
        return ids;
    }

    private void ajour() {
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).as("projections up to date: %s", motor.status()).isTrue();
    }
}
