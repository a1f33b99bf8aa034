package dk.careledger.app.borgerblik;

import static dk.careledger.app.borgerblik.Borgerbliksklient.sag;
import static dk.careledger.app.borgerblik.Borgerbliksklient.sagIds;
import static dk.careledger.app.borgerblik.Borgerbliksklient.tekster;
import static dk.careledger.app.ydelse.Ledger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.ydelse.Ledger;
import dk.careledger.projection.borgerblik.laesning.Borgerblikindstillinger;
import dk.careledger.indeksfeed.Visningsregel;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregler;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Borgerblikket over REST through the real application (issue 4 item 5): each rule of what a citizen may see of their
 * own sager — primary party with a CPR number, never a caseworker, the title per KLE, the fremdrift under the kommune's
 * closing policy, letter titles where opted in, hidden areas, the fradato, niveau 2 on and off, never VIP_SAGER. Each
 * test works in a kommune of its own, so one test's configuration never reaches another's sager.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class BorgerblikTest {
    private static final LocalDate MARTS = LocalDate.of(2026, 3, 2);

    @LocalServerPort
    int port;

    @Autowired
    Projektionsmotor motor;

    @Autowired
    Visningsregel visningsregel;

    @Autowired
    Borgerblikindstillinger konfiguration;

    @Autowired
    JdbcTemplate jdbc;

    Borgerbliksklient k;

    @BeforeEach
    void klient() {
        k = new Borgerbliksklient(port, this::ajour);
    }

    @Test
    void aCitizenWithCprSeesOnlyTheirOwnSagerWithTheKleTitleAndTheTimelineByDefault() {
        UUID borger = k.borgerMedCpr();
        UUID andenBorger = k.borgerMedCpr();
        UUID sag = k.sag(borger, "27.36.04", "Hjælp til bad efter hofteoperation", MARTS);
        k.oplyst(sag, MARTS.plusDays(3));
        UUID afgoerelse = k.afgoerelse(sag, MARTS.plusDays(7), MARTS.plusDays(8));
        k.bevilling(borger, sag, afgoerelse, "SEL-83-PP", 3, "PR_UGE", MARTS.plusDays(10));
        UUID andensSag = k.sag(andenBorger, "27.36.04", "Praktisk hjælp", MARTS);
        ajour();

        JsonNode blik = k.borgerblik(borger);

        assertThat(blik.get("borgerId").asText()).isEqualTo(borger.toString());
        assertThat(sagIds(blik)).containsExactly(sag.toString());
        JsonNode s = sag(blik, sag);
        assertThat(s.get("titel").asText()).as("the KLE emne's title, not the caseworker's").isEqualTo("Personlig og praktisk hjælp");
        assertThat(s.get("kleNummer").asText()).isEqualTo("27.36.04");
        assertThat(s.get("kommune").asText()).isEqualTo(k.kommune);
        assertThat(s.get("opstaaetDato").asText()).isEqualTo("2026-03-02");
        assertThat(s.get("fremdrift").asText()).as("closed when the afgørelse was sent (the default policy)").isEqualTo("AFSLUTTET");
        assertThat(s.get("fremdriftTekst").asText()).isEqualTo("Afsluttet");
        assertThat(tidslinje(s)).containsExactly("OPSTAAET Opstået 2026-03-02 2026-03-05", "OPLYST Oplyst 2026-03-05 2026-03-09",
                "AFGJORT Afgjort 2026-03-09 2026-03-10", "AFSLUTTET Afsluttet 2026-03-10 null");
        assertThat(s.get("dokumenter")).as("no letter titles unless the kommune opts in").isEmpty();
        assertThat(s.get("ydelser")).as("no niveau 2 unless the kommune turns it on").isEmpty();
        assertThat(sagIds(k.borgerblik(andenBorger))).containsExactly(andensSag.toString());
    }

    @Test
    void citizensWithoutACprNumberSeeNoSager() {
        UUID erstatning = k.borgerMedErstatningsCpr();
        UUID anonym = k.anonymBorger();
        UUID glemt = k.borgerMedCpr();
        for (UUID b : List.of(erstatning, anonym, glemt)) {
            k.sag(b, "27.36.04", "Personlig pleje", MARTS);
        }
        k.konfigurer("", "titelKilde", "SAG", "dokumenttitler", true, "niveau2", true);
        k.ledger.ok("/api/borgere/" + glemt + "/glem", json("begrundelse", "Slettefrist udløbet"));
        ajour();

        for (UUID b : List.of(erstatning, anonym, glemt)) {
            JsonNode blik = k.borgerblik(b);
            assertThat(blik.get("borgerId").asText()).isEqualTo(b.toString());
            assertThat(blik.get("sager")).as("citizen %s", b).isEmpty();
        }
        assertThat(k.ledger.hent("/api/borgere/" + anonym + "/overblik").get("aabneSager")).as("the sag exists").hasSize(1);
    }

    @Test
    void aCitizenTheRegisterDoesNotKnowIs404AndABadIdIs400() {
        Ledger.Svar ukendt = k.ledger.get("/api/borgere/" + UUID.randomUUID() + "/borgerblik");
        assertThat(ukendt.status()).isEqualTo(404);
        assertThat(ukendt.krop().get("fejlkode").asText()).isEqualTo("BORGER_UKENDT");
        assertThat(ukendt.krop().get("felt").asText()).isEqualTo("borgerId");
        Ledger.Svar daarligt = k.ledger.get("/api/borgere/ikke-et-id/borgerblik");
        assertThat(daarligt.status()).isEqualTo(400);
        assertThat(daarligt.krop().get("felt").asText()).isEqualTo("borgerId");
    }

    @Test
    void theViewNeverNamesACaseworkerAUnitOrAnActorEvenWithEverythingShown() {
        UUID borger = k.borgerMedCpr();
        Ledger kbj = k.ledger.som("KBJ-initialer", "SAGSBEHANDLER");
        UUID sag = k.sag(borger, "27.36.04", "Personlig pleje", MARTS);
        kbj.ok("/api/sager/" + sag + "/sagsbehandler", json("sagsbehandler", "sb-4711", "fra", MARTS.plusDays(1)));
        kbj.ok("/api/sager/" + sag + "/partshoeringer", json("partshoeringId", UUID.randomUUID(), "sendtDato", MARTS.plusDays(2),
                "svarfrist", MARTS.plusDays(9), "emne", "Påtænkt afslag"));
        k.oplyst(sag, MARTS.plusDays(3));
        UUID afgoerelse = k.afgoerelse(sag, MARTS.plusDays(7), MARTS.plusDays(8));
        k.bevilling(borger, sag, afgoerelse, "SEL-83-PP", 2, "PR_DAG", MARTS.plusDays(10));
        k.konfigurer("", "titelKilde", "SAG", "dokumenttitler", true, "niveau2", true);
        ajour();

        JsonNode blik = k.borgerblik(borger);

        JsonNode s = sag(blik, sag);
        assertThat(s.get("titel").asText()).isEqualTo("Personlig pleje");
        assertThat(s.get("dokumenter")).as("everything is shown").hasSize(2);
        assertThat(s.get("ydelser")).hasSize(1);
        String tekst = blik.toString();
        for (String hemmeligt : List.of("sb-0001", "sb-4711", "KBJ", "visitation-nord", "SAGSBEHANDLER", "Påtænkt afslag", "SEL § 83")) {
            assertThat(tekst).as("the view shows no %s", hemmeligt).doesNotContain(hemmeligt);
        }
        assertThat(feltnavne(blik)).as("no field for an actor, caseworker or unit").noneMatch(f -> f.toLowerCase().matches(
                ".*(behandler|aktoer|bruger|rolle|enhed|ansvarlig|registreret|leverandoer).*"));
    }

    @Test
    void theTitleIsTheSagsOwnOrTheKleTitleAsTheKommuneChoseForEachKlePrefix() {
        UUID borger = k.borgerMedCpr();
        UUID pleje = k.sag(borger, "27.36.04", "Hjælp til bad og påklædning", MARTS);
        UUID sygepleje = k.sag(borger, "29.18.00", "Sårpleje efter operation", MARTS.plusDays(1));
        k.konfigurer("27.36", "titelKilde", "SAG");
        Ledger.Svar senere = k.ledger.post("/api/borgerblik/konfiguration", json("kommune", k.kommune, "klePraefiks", "29", "gyldigFra",
                LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(1), "titelKilde", "SAG", "dokumenttitler", false, "niveau2", false,
                "skjulForBorger", false));
        assertThat(senere.status()).isEqualTo(201);
        ajour();

        JsonNode blik = k.borgerblik(borger);

        assertThat(sag(blik, pleje).get("titel").asText()).isEqualTo("Hjælp til bad og påklædning");
        assertThat(sag(blik, sygepleje).get("titel").asText()).as("29 shows the sag title only from tomorrow")
                .isEqualTo("Kommunal sygepleje i almindelighed");
        assertThat(sagIds(blik)).as("newest first").containsExactly(sygepleje.toString(), pleje.toString());
    }

    @Test
    void theTimelineIsTheOneUnderTheKommunesClosingPolicyForTheSag() {
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        LocalDate opstaaet = idag.minusDays(20);
        UUID borger = k.borgerMedCpr();
        UUID pleje = k.sag(borger, "27.36.04", "Personlig pleje", opstaaet);
        UUID sygepleje = k.sag(borger, "29.18.00", "Sygepleje", opstaaet);
        for (UUID s : List.of(pleje, sygepleje)) {
            k.oplyst(s, opstaaet.plusDays(2));
            k.afgoerelse(s, idag.minusDays(6), idag.minusDays(5));
        }
        k.ledger.ok("/api/politik/aendringer", json("kommune", k.kommune, "klePraefiks", "27.36", "politik", "VED_KLAGEFRIST",
                "gyldigFra", "2020-01-01"));
        ajour();

        JsonNode blik = k.borgerblik(borger);

        JsonNode klagefrist = sag(blik, pleje);
        assertThat(klagefrist.get("fremdrift").asText()).as("afgjort until the klagefrist has run out").isEqualTo("AFGJORT");
        assertThat(tidslinje(klagefrist)).as("the closing the policy expects after the klagefrist is not shown before it happens")
                .containsExactly("OPSTAAET Opstået " + opstaaet + " " + opstaaet.plusDays(2),
                        "OPLYST Oplyst " + opstaaet.plusDays(2) + " " + idag.minusDays(6), "AFGJORT Afgjort " + idag.minusDays(6) + " null");
        JsonNode standard = sag(blik, sygepleje);
        assertThat(standard.get("fremdrift").asText()).as("29.18 keeps the default: closed when sent").isEqualTo("AFSLUTTET");
        assertThat(tidslinje(standard)).last().isEqualTo("AFSLUTTET Afsluttet " + idag.minusDays(5) + " null");
        JsonNode fremdrift = k.ledger.hent("/api/sager/" + pleje + "/fremdrift?politik=VED_KLAGEFRIST");
        assertThat(tekster(fremdrift.get("raekker"), "fremdrift")).as("the policy's stored future closing").contains("AFSLUTTET");
    }

    @Test
    void letterTitlesAreShownOnlyWhereTheKommuneOptedIn() {
        UUID borger = k.borgerMedCpr();
        UUID pleje = k.sag(borger, "27.36.04", "Personlig pleje", MARTS);
        UUID sygepleje = k.sag(borger, "29.18.00", "Sygepleje", MARTS);
        for (UUID s : List.of(pleje, sygepleje)) {
            k.ledger.ok("/api/sager/" + s + "/oplysningsanmodninger", json("anmodningId", UUID.randomUUID(), "tredjepartKode", "A9",
                    "hvad", "Epikrise fra egen læge", "anmodetDato", MARTS.plusDays(1), "saetIBero", false));
            UUID partshoering = UUID.randomUUID();
            k.ledger.ok("/api/sager/" + s + "/partshoeringer", json("partshoeringId", partshoering, "sendtDato", MARTS.plusDays(4),
                    "svarfrist", MARTS.plusDays(11), "emne", "Påtænkt delvist afslag"));
            k.ledger.ok("/api/sager/" + s + "/partshoeringssvar", json("partshoeringId", partshoering, "besvaretDato", MARTS.plusDays(6),
                    "svar", "Jeg har brug for mere hjælp"));
            k.oplyst(s, MARTS.plusDays(7));
            UUID afgoerelse = k.afgoerelse(s, MARTS.plusDays(8), MARTS.plusDays(9));
            k.ledger.ok("/api/sager/" + s + "/klager", json("klageId", UUID.randomUUID(), "afgoerelseId", afgoerelse, "modtagetDato",
                    MARTS.plusDays(12)));
        }
        ajour();
        assertThat(sag(k.borgerblik(borger), pleje).get("dokumenter")).as("before opting in").isEmpty();

        k.konfigurer("27.36", "dokumenttitler", true);
        JsonNode blik = k.borgerblik(borger);

        JsonNode dokumenter = sag(blik, pleje).get("dokumenter");
        assertThat(tekster(dokumenter, "titel")).containsExactly("Anmodning om oplysninger", "Partshøring", "Svar på partshøring", "Afgørelse",
                "Klage");
        assertThat(tekster(dokumenter, "dato")).containsExactly("2026-03-03", "2026-03-06", "2026-03-08", "2026-03-11", "2026-03-14");
        assertThat(sag(blik, sygepleje).get("dokumenter")).as("29.18 did not opt in").isEmpty();
        assertThat(blik.toString()).as("titles only, never content").doesNotContain("Epikrise", "afslag", "mere hjælp");
    }

    @Test
    void sagerInAnAreaTheKommuneHidesFromTheCitizenAreNotShownAndTheSettingIsReadable() {
        UUID borger = k.borgerMedCpr();
        UUID visitation = k.sag(borger, "27.36.20", "Visitation", MARTS);
        UUID pleje = k.sag(borger, "27.36.04", "Personlig pleje", MARTS);
        UUID sygepleje = k.sag(borger, "29.18.00", "Sygepleje", MARTS);
        ajour();
        assertThat(sagIds(k.borgerblik(borger))).hasSize(3);

        k.konfigurer("27.36", "skjulForBorger", true);
        assertThat(sagIds(k.borgerblik(borger))).containsExactly(sygepleje.toString());

        k.konfigurer("27.36.04", "skjulForBorger", false);
        assertThat(sagIds(k.borgerblik(borger))).as("the longer prefix shows 27.36.04 again").containsExactlyInAnyOrder(pleje.toString(),
                sygepleje.toString());
        assertThat(sagIds(k.borgerblik(borger))).doesNotContain(visitation.toString());
        JsonNode skjult = k.ledger.hent("/api/borgerblik/konfiguration/effektiv?kommune=" + k.kommune + "&kle=27.36.20");
        assertThat(skjult.get("skjulForBorger").asBoolean()).isTrue();
        assertThat(skjult.get("klePraefiks").asText()).isEqualTo("27.36");
        assertThat(skjult.get("standard").asBoolean()).isFalse();
        JsonNode standard = k.ledger.hent("/api/borgerblik/konfiguration/effektiv?kommune=" + k.kommune + "&kle=29.18.00");
        assertThat(standard.get("standard").asBoolean()).isTrue();
        assertThat(standard.get("skjulForBorger").asBoolean()).isFalse();
        assertThat(standard.get("titelKilde").asText()).isEqualTo("KLE");
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Visningsregel.Kommuneregel feedregel = visningsregel.forKommune(k.kommune);
        assertThat(feedregel.skjultForBorger("27.36.20", idag)).as("the Sagsindeks feed reads the same rows").isTrue();
        assertThat(feedregel.skjultForBorger("27.36.04", idag)).isFalse();
        assertThat(feedregel.skjultForBorger("27.36.20", LocalDate.of(2019, 12, 31))).as("before gyldigFra").isFalse();
        assertThat(konfiguration.skjultForBorger(k.kommune, "27.36.20", idag)).isTrue();
    }

    @Test
    void aFradatoShowsSagerArisingOnOrAfterItAndOlderOnesOnlyWhileActiveWhenChosen() {
        LocalDate fradato = LocalDate.of(2025, 1, 1);
        UUID borger = k.borgerMedCpr();
        UUID gammelAktiv = k.sag(borger, "27.36.04", "Gammel, aktiv", LocalDate.of(2023, 5, 1));
        UUID gammelAfsluttet = k.sag(borger, "27.36.04", "Gammel, afsluttet", LocalDate.of(2023, 6, 1));
        k.afsluttetUdenAfgoerelse(gammelAfsluttet, LocalDate.of(2023, 8, 1));
        UUID paaDagen = k.sag(borger, "27.36.04", "På dagen", fradato);
        UUID ny = k.sag(borger, "27.36.04", "Ny", LocalDate.of(2025, 2, 1));
        UUID andetOmraade = k.sag(borger, "29.18.00", "Andet område", LocalDate.of(2023, 4, 1));
        ajour();

        k.konfigurer("27.36", "fradato", fradato.toString());
        assertThat(sagIds(k.borgerblik(borger))).containsExactly(ny.toString(), paaDagen.toString(), andetOmraade.toString());

        k.konfigurer("27.36", "fradato", fradato.toString(), "visAeldreAktive", true);
        assertThat(sagIds(k.borgerblik(borger))).containsExactly(ny.toString(), paaDagen.toString(), gammelAktiv.toString(),
                andetOmraade.toString());
        assertThat(sagIds(k.borgerblik(borger))).doesNotContain(gammelAfsluttet.toString());
    }

    @Test
    void atNiveau2TheCitizenAlsoSeesTheNamesOfTheirBevilgedeYdelserAndNotWithoutIt() {
        UUID borger = k.borgerMedCpr();
        UUID sag = k.sag(borger, "27.36.04", "Hjælp i hjemmet", MARTS);
        k.oplyst(sag, MARTS.plusDays(3));
        UUID afgoerelse = k.afgoerelse(sag, MARTS.plusDays(7), MARTS.plusDays(8));
        k.bevilling(borger, sag, afgoerelse, "SEL-83-PP", 3, "PR_UGE", MARTS.plusDays(10));
        k.bevilling(borger, sag, afgoerelse, "SEL-83-PH", 1, "PR_UGE", MARTS.plusDays(10));
        ajour();
        assertThat(sag(k.borgerblik(borger), sag).get("ydelser")).as("niveau 1").isEmpty();

        k.konfigurer("27.36.04", "niveau2", true);
        JsonNode niveau2 = sag(k.borgerblik(borger), sag);

        assertThat(tekster(niveau2.get("ydelser"), "navn")).containsExactly("Personlig pleje, 3 gange om ugen", "Praktisk hjælp, 1 gang om ugen");
        assertThat(tekster(niveau2.get("ydelser"), "status")).containsExactly("AKTIV", "AKTIV");
        assertThat(tekster(niveau2.get("ydelser"), "startdato")).containsExactly("2026-03-12", "2026-03-12");
        assertThat(niveau2.get("titel").asText()).as("the sag title stays").isEqualTo("Personlig og praktisk hjælp");

        k.konfigurer("27.36.04", "niveau2", false);
        assertThat(sag(k.borgerblik(borger), sag).get("ydelser")).as("turned off again").isEmpty();
    }

    @Test
    void underBorgersagPerOmraadeTheCitizenSeesOneBorgersagPerKleGruppeAsTheSagsindeksHoldsIt() {
        UUID borger = k.borgerMedCpr();
        UUID pleje = k.sag(borger, "27.36.04", "Hjælp til bad", MARTS);
        // the second member arises before the first is oplyst: a member arising later would send the borgersag back from
        // Oplyst to Opstaaet (Tidslinjer.kombiner), a step the Sagsindeks' anvisning check refuses to deliver
        UUID praktisk = k.sag(borger, "27.36.08", "Rengøring", MARTS.plusDays(1));
        UUID fritValgSag = k.sag(borger, "27.39.04", "Valg af leverandør", MARTS.plusDays(2));
        k.oplyst(pleje, MARTS.plusDays(3));
        UUID afgoerelse = k.afgoerelse(pleje, MARTS.plusDays(7), MARTS.plusDays(8));
        k.bevilling(borger, pleje, afgoerelse, "SEL-83-PP", 3, "PR_UGE", MARTS.plusDays(10));
        k.sagsbegreb("BORGERSAG_PR_OMRAADE");
        k.konfigurer("", "niveau2", true);

        JsonNode blik = k.borgerblik(borger);

        UUID omsorg = VariantSag.borgersag(borger, k.kommune, "27.36");
        UUID fritValg = VariantSag.borgersag(borger, k.kommune, "27.39");
        assertThat(sagIds(blik)).as("one entry per KLE gruppe, newest first, none of the ledger's own sager")
                .containsExactly(fritValg.toString(), omsorg.toString()).doesNotContain(pleje.toString(), praktisk.toString());
        JsonNode s = sag(blik, omsorg);
        assertThat(s.get("sagsnummer").asText()).isEqualTo(VariantSag.borgersagsnummer("27.36", omsorg));
        assertThat(s.get("kleNummer").asText()).isEqualTo("27.36.00");
        assertThat(s.get("titel").asText()).as("the gruppe's public title").isEqualTo("Personlig hjælp, omsorg og pleje m.v. i almindelighed");
        assertThat(s.get("opstaaetDato").asText()).as("when its first member arose").isEqualTo("2026-03-02");
        assertThat(tekster(s.get("ydelser"), "navn")).as("the members' ydelser").containsExactly("Personlig pleje, 3 gange om ugen");
        VariantSag raekke = jdbc.query("SELECT * FROM sagsbegreb_sag WHERE id = ?", (rs, n) -> VariantSag.fra(rs), omsorg).get(0);
        assertThat(raekke.sagIds()).containsExactlyInAnyOrder(pleje, praktisk);
        assertThat(tidslinje(s)).as("the borgersag's own fremdrift, from the sagsbegreb projection").isEqualTo(raekke.tidslinje().stream()
                .map(p -> p.fremdrift() + " " + Borgerbliksregler.tekst(p.fremdrift()) + " " + p.fra() + " " + p.til()).toList());

        k.sagsbegreb("ENKELTSAGER");
        assertThat(sagIds(k.borgerblik(borger))).as("back on enkeltsager the ledger's sager stand as themselves")
                .containsExactly(fritValgSag.toString(), praktisk.toString(), pleje.toString());
    }

    @Test
    void underFsiiiPerForloebASagTiedToAForloebIsShownAsTheForloebsSagAndAnUntiedSagAsItself() {
        UUID borger = k.borgerMedCpr();
        UUID iForloeb = k.sag(borger, "27.36.04", "Hjælp til bad", MARTS);
        UUID ogsaaIForloeb = k.sag(borger, "27.36.08", "Rengøring", MARTS.plusDays(1));
        UUID alene = k.sag(borger, "27.39.04", "Valg af leverandør", MARTS.plusDays(2));
        UUID forloeb = k.forloeb(borger, MARTS, iForloeb, ogsaaIForloeb);
        k.sagsbegreb("FSIII_PR_FORLOEB");

        JsonNode blik = k.borgerblik(borger);

        UUID forloebssag = VariantSag.forloebssag(forloeb);
        assertThat(sagIds(blik)).containsExactly(alene.toString(), forloebssag.toString());
        JsonNode s = sag(blik, forloebssag);
        assertThat(s.get("sagsnummer").asText()).isEqualTo(VariantSag.forloebssagsnummer(forloebssag));
        assertThat(s.get("titel").asText()).as("the forløbstype's name").isNotBlank().isNotEqualTo("SEL-83");
        assertThat(sag(blik, alene).get("sagsnummer").asText()).as("the ledger sag's own number").doesNotStartWith("FL-");
    }

    @Test
    void aVipSagIsNeverShownWhateverTheConfiguration() {
        UUID borger = k.borgerMedCpr();
        UUID vip = k.sag(borger, "27.36.04", "Borgmesterens mor", MARTS, "VIP_SAGER");
        UUID almindelig = k.sag(borger, "27.36.04", "Personlig pleje", MARTS, "IKKE_FORTROLIGE_DATA");
        k.konfigurer("", "titelKilde", "SAG", "dokumenttitler", true, "niveau2", true, "skjulForBorger", false);
        k.konfigurer("27.36.04", "titelKilde", "SAG", "dokumenttitler", true, "niveau2", true, "skjulForBorger", false);
        ajour();

        JsonNode blik = k.borgerblik(borger);

        assertThat(sagIds(blik)).containsExactly(almindelig.toString());
        assertThat(blik.toString()).doesNotContain(vip.toString(), "Borgmesterens");
    }

    @Test
    void configurationRowsAreAddedWithWhoAndWhenAndReadBack() {
        JsonNode fastsat = k.konfigurer("27.36", "titelKilde", "SAG", "fradato", "2024-01-01", "visAeldreAktive", true);
        assertThat(fastsat.get("haendelser")).extracting(JsonNode::asText).as("a fact of the kommune's settings (ADR 0021)")
                .containsExactly("BorgerblikFastsat");
        JsonNode raekke = k.ledger.hent("/api/borgerblik/konfiguration?kommune=" + k.kommune).get(0);

        assertThat(raekke.get("id").asLong()).isPositive();
        assertThat(raekke.get("kommune").asText()).isEqualTo(k.kommune);
        assertThat(raekke.get("klePraefiks").asText()).isEqualTo("27.36");
        assertThat(raekke.get("titelKilde").asText()).isEqualTo("SAG");
        assertThat(raekke.get("fradato").asText()).isEqualTo("2024-01-01");
        assertThat(raekke.get("visAeldreAktive").asBoolean()).isTrue();
        assertThat(raekke.get("registreretAf").asText()).isEqualTo("sb-0001");
        assertThat(raekke.get("registreret").asText()).isNotBlank();
        k.konfigurer("", "niveau2", true);

        JsonNode alle = k.ledger.hent("/api/borgerblik/konfiguration?kommune=" + k.kommune);
        assertThat(tekster(alle, "klePraefiks")).containsExactly("27.36", "");
        assertThat(tekster(k.ledger.hent("/api/borgerblik/konfiguration"), "kommune")).contains(k.kommune);
        JsonNode effektiv = k.ledger.hent("/api/borgerblik/konfiguration/effektiv?kommune=" + k.kommune + "&kle=27.36.04&dato=2026-11-22");
        assertThat(effektiv.get("regelId").asLong()).isEqualTo(raekke.get("id").asLong());
        assertThat(k.ledger.hent("/api/borgerblik/konfiguration/effektiv?kommune=" + k.kommune + "&kle=27.36.04&dato=2019-12-31")
                .get("standard").asBoolean()).as("before gyldigFra").isTrue();
        assertThat(konfiguration.regler(List.of(k.kommune, "00000001"))).as("several kommuner in one query, for a feed batch")
                .extracting(r -> r.klePraefiks()).containsExactly("27.36", "");
        assertThat(konfiguration.regler(List.of())).isEmpty();
    }

    @Test
    void badConfigurationIs400NamingTheField() {
        String sti = "/api/borgerblik/konfiguration";
        fejl(k.ledger.post(sti, json("kommune", "2918942", "gyldigFra", "2026-01-01", "titelKilde", "KLE", "dokumenttitler", false,
                "niveau2", false, "skjulForBorger", false)), "UGYLDIG_VAERDI", "kommune");
        fejl(k.ledger.post(sti, json("kommune", k.kommune, "gyldigFra", "2026-01-01", "titelKilde", "KLE", "dokumenttitler", false,
                "niveau2", false)), "FELT_PAAKRAEVET", "skjulForBorger");
        fejl(k.ledger.post(sti, json("kommune", k.kommune, "gyldigFra", "2026-01-01", "titelKilde", "KLE", "dokumenttitler", false,
                "niveau2", false, "skjulForBorger", false, "skjul", true)), "UKENDT_FELT", "skjul");
        fejl(k.ledger.post(sti, json("kommune", k.kommune, "klePraefiks", "99.99", "gyldigFra", "2026-01-01", "titelKilde", "KLE",
                "dokumenttitler", false, "niveau2", false, "skjulForBorger", false)), "UKENDT_KLE", "klePraefiks");
        fejl(k.ledger.post(sti, json("kommune", k.kommune, "gyldigFra", "1. januar", "titelKilde", "KLE", "dokumenttitler", false,
                "niveau2", false, "skjulForBorger", false)), "UGYLDIG_VAERDI", "gyldigFra");
        fejl(k.ledger.post(sti, json("kommune", k.kommune, "gyldigFra", "2026-01-01", "titelKilde", "KLE", "dokumenttitler", "ja",
                "niveau2", false, "skjulForBorger", false)), "UGYLDIG_VAERDI", "dokumenttitler");
        Ledger.Svar udenRet = k.ledger.som("sb-0002", "SAGSBEHANDLER").post(sti, json("kommune", k.kommune, "gyldigFra", "2026-01-01",
                "titelKilde", "KLE", "dokumenttitler", false, "niveau2", false, "skjulForBorger", false));
        assertThat(udenRet.status()).as("a caseworker without the configuration role: %s", udenRet).isEqualTo(403);
        assertThat(udenRet.krop().get("fejlkode").asText()).isEqualTo("MANGLER_RETTIGHED");
        fejl(k.ledger.get(sti + "?kommune=123"), "PARAMETER_UGYLDIG", "kommune");
        fejl(k.ledger.get(sti + "/effektiv?kommune=" + k.kommune + "&kle=27.36"), "PARAMETER_UGYLDIG", "kle");
        fejl(k.ledger.get(sti + "/effektiv?kommune=" + k.kommune + "&kle=27.36.04&dato=i-morgen"), "PARAMETER_UGYLDIG", "dato");
        assertThat(k.ledger.hent(sti + "?kommune=" + k.kommune)).as("nothing was stored").isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheBorgerblikEndpoints() {
        JsonNode doc = k.ledger.hent("/v3/api-docs");

        JsonNode paths = doc.get("paths");
        assertThat(paths.get("/api/borgere/{borgerId}/borgerblik").has("get")).isTrue();
        assertThat(paths.get("/api/borgerblik/konfiguration").has("get")).isTrue();
        assertThat(paths.get("/api/borgerblik/konfiguration").has("post")).isTrue();
        assertThat(paths.get("/api/borgerblik/konfiguration/effektiv").has("get")).isTrue();
        JsonNode ny = doc.get("components").get("schemas").get("FastsaetBorgerblik").get("properties");
        assertThat(ny.fieldNames()).toIterable().contains("kommune", "klePraefiks", "gyldigFra", "titelKilde", "dokumenttitler", "fradato",
                "visAeldreAktive", "niveau2", "skjulForBorger");
    }

    private static void fejl(Ledger.Svar svar, String fejlkode, String felt) {
        assertThat(svar.status()).as("%s", svar).isEqualTo(400);
        assertThat(svar.krop().get("fejlkode").asText()).as("%s", svar).isEqualTo(fejlkode);
        assertThat(svar.krop().get("felt").asText()).as("%s", svar).isEqualTo(felt);
    }

    private static List<String> tidslinje(JsonNode sag) {
        List<String> ud = new ArrayList<>();
        sag.get("tidslinje").forEach(t -> ud.add(t.get("fremdrift").asText() + " " + t.get("tekst").asText() + " " + t.get("fra").asText() + " "
                + (t.get("til").isNull() ? "null" : t.get("til").asText())));
        return ud;
    }

    private static List<String> feltnavne(JsonNode n) {
        List<String> ud = new ArrayList<>();
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(f -> {
                ud.add(f);
                ud.addAll(feltnavne(n.get(f)));
            });
        } else if (n.isArray()) {
            n.forEach(e -> ud.addAll(feltnavne(e)));
        }
        return ud;
    }

    private void ajour() {
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).as("projections up to date: %s", motor.status()).isTrue();
    }
}
