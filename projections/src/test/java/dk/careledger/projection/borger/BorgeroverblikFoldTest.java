package dk.careledger.projection.borger;

import static dk.careledger.domain.sag.SagFixtures.BORGER_ID;
import static dk.careledger.domain.sag.SagFixtures.SAG_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.henvendelse.HenvendelseFixtures;
import dk.careledger.domain.sag.AfslutningsAarsag;
import dk.careledger.domain.sag.SagFixtures;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.TilstandVurderet;
import dk.careledger.domain.testfixtures.SynligKryptering;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.projection.motor.Haendelse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Given sag and henvendelse events, then the citizen overview's sag, tilstand and henvendelse rows. */
class BorgeroverblikFoldTest {
    private static final SagId ANDEN_SAG = SagId.of("5a9e0000-0000-4000-8000-000000000002");

    private long indeks;

    @Test
    void aSagIsListedOnItsPrimaerPartWithItsIndexFieldsAndEncryptedTitle() {
        BorgerSag s = fold(SagFixtures.sagOprettet()).sag(SAG_ID.value());

        assertThat(s.borgerId()).isEqualTo(BORGER_ID.value());
        assertThat(s.sagsnummer()).isEqualTo(SagFixtures.SAGSNUMMER);
        assertThat(s.titelChiffer()).isEqualTo(SagFixtures.krypteret(SagFixtures.TITEL).chiffertekst()).doesNotContain("pleje");
        assertThat(s.kleNummer()).isEqualTo("27.36.04");
        assertThat(s.handlingsfacet()).isEqualTo("G01");
        assertThat(s.foelsomhed()).isEqualTo("FOELSOMME_PERSONOPLYSNINGER");
        assertThat(s.ejer()).isEqualTo(SagFixtures.EJER.value());
        assertThat(s.sagsbehandler()).isEqualTo(SagFixtures.SAGSBEHANDLER);
        assertThat(s.fremdrift()).isEqualTo("OPSTAAET");
        assertThat(s.lokalStatus()).isEqualTo("OPSTAAET");
    }

    @Test
    void theLocalStatusFollowsTheFremdriftRefinedByIBeroAndRevisitation() {
        BorgeroverblikFold fold = fold(SagFixtures.sagOprettet(), SagFixtures.sagsbehandlerTildelt(), SagFixtures.oplysningerAnmodet(),
                SagFixtures.sagSatIBero());
        assertThat(fold.sag(SAG_ID.value()).lokalStatus()).isEqualTo(BorgerSag.I_BERO);
        assertThat(fold.sag(SAG_ID.value()).sagsbehandler()).isEqualTo(SagFixtures.NY_SAGSBEHANDLER);

        anvend(fold, SagFixtures.sagGenoptaget(), SagFixtures.sagOplyst());
        assertThat(fold.sag(SAG_ID.value()).lokalStatus()).isEqualTo("OPLYST");

        anvend(fold, SagFixtures.afgoerelseTruffet(), SagFixtures.klageModtaget());
        BorgerSag afgjort = fold.sag(SAG_ID.value());
        assertThat(afgjort.lokalStatus()).isEqualTo("AFGJORT");
        assertThat(afgjort.afgoerelsestype()).isEqualTo("DELVIS_BEVILLING");
        assertThat(afgjort.afgjortDato()).isEqualTo(SagFixtures.TRUFFET);
        assertThat(afgjort.antalKlager()).isEqualTo(1);

        anvend(fold, SagFixtures.revisitationStartet());
        assertThat(fold.sag(SAG_ID.value()).lokalStatus()).isEqualTo(BorgerSag.UNDER_REVISITATION);
        anvend(fold, SagFixtures.sagGenoplyst());
        assertThat(fold.sag(SAG_ID.value()).fremdrift()).isEqualTo("OPLYST");
        assertThat(fold.sag(SAG_ID.value()).lokalStatus()).isEqualTo(BorgerSag.UNDER_REVISITATION);

        anvend(fold, SagFixtures.nyAfgoerelseTruffet(), SagFixtures.sagAfsluttet());
        BorgerSag afsluttet = fold.sag(SAG_ID.value());
        assertThat(afsluttet.fremdrift()).isEqualTo("AFSLUTTET");
        assertThat(afsluttet.lokalStatus()).isEqualTo("AFSLUTTET");
        assertThat(afsluttet.afgoerelsestype()).isEqualTo("BEVILLING");
        assertThat(afsluttet.afsluttetDato()).isEqualTo(SagFixtures.AFSLUTTET);
        assertThat(afsluttet.underRevisitation()).isFalse();
    }

    @Test
    void theCurrentTilstandeAreTheLatestAssessmentPerCodeAcrossAllTheCitizensSager() {
        BorgeroverblikFold fold = fold(SagFixtures.sagOprettet(), andenSag(BORGER_ID),
                vurderet(SAG_ID, "J1.1", 3, 2, LocalDate.of(2026, 2, 18)),
                vurderet(ANDEN_SAG, "J1.1", 2, 1, LocalDate.of(2026, 4, 1)),
                vurderet(ANDEN_SAG, "I4.1", null, null, LocalDate.of(2026, 4, 1)),
                // backdated: registered last, assessed before the one on the other sag
                vurderet(SAG_ID, "J1.1", 4, 4, LocalDate.of(2026, 3, 1)));

        Map<String, BorgerTilstand> tilstande = fold.tilstande(BORGER_ID.value());
        assertThat(tilstande).containsOnlyKeys("J1.1", "I4.1");
        assertThat(tilstande.get("J1.1").niveau()).isEqualTo(2);
        assertThat(tilstande.get("J1.1").forventetNiveau()).isEqualTo(1);
        assertThat(tilstande.get("J1.1").sagId()).isEqualTo(ANDEN_SAG.value());
        assertThat(tilstande.get("I4.1").niveau()).isNull();
    }

    @Test
    void aTilstandOnAnotherCitizensSagStaysWithThatCitizen() {
        BorgerId anden = BorgerId.of("b0e9e000-0000-4000-8000-000000000002");
        BorgeroverblikFold fold = fold(SagFixtures.sagOprettet(), andenSag(anden), vurderet(ANDEN_SAG, "J1.1", 1, 0, LocalDate.of(2026, 4, 1)));

        assertThat(fold.tilstande(BORGER_ID.value())).isEmpty();
        assertThat(fold.tilstande(anden.value())).containsOnlyKeys("J1.1");
    }

    @Test
    void aHenvendelseIsPendingUntilItIsHaandteret() {
        BorgeroverblikFold fold = fold(HenvendelseFixtures.henvisningFraSygehusModtaget(),
                HenvendelseFixtures.afklaret(HenvendelseFixtures.HENVISNING_ID), HenvendelseFixtures.henvendelseFraBorgerModtaget(),
                HenvendelseFixtures.haandteretMedSagOprettet(HenvendelseFixtures.HENVENDELSE_FRA_BORGER_ID));

        BorgerHenvendelse henvisning = fold.henvendelse(HenvendelseFixtures.HENVISNING_ID.value());
        assertThat(henvisning.haandteretDato()).isNull();
        assertThat(henvisning.henvisning()).isTrue();
        assertThat(henvisning.kildeKode()).isEqualTo("A12");
        assertThat(henvisning.antalAfklaringer()).isEqualTo(1);
        assertThat(henvisning.senestAfklaret()).isEqualTo(HenvendelseFixtures.AFKLARET_DATO);
        assertThat(henvisning.oensketIndsatsKode()).isEqualTo("SUL-138");
        BorgerHenvendelse haandteret = fold.henvendelse(HenvendelseFixtures.HENVENDELSE_FRA_BORGER_ID.value());
        assertThat(haandteret.haandteretDato()).isEqualTo(HenvendelseFixtures.HAANDTERET_DATO);
        assertThat(haandteret.udfald()).isEqualTo("SAG_OPRETTET");
    }

    @Test
    void whenTheCitizenDiesTheSagIsClosedWithoutAfgoerelseForThatReason() {
        BorgerSag s = fold(SagFixtures.sagOprettet(), SagFixtures.sagOplyst(), new SagAfsluttetUdenAfgoerelse(SAG_ID, AfslutningsAarsag.DOED,
                LocalDate.of(2026, 3, 20), null, TestKontekst.registrering())).sag(SAG_ID.value());

        assertThat(s.fremdrift()).isEqualTo("AFSLUTTET");
        assertThat(s.lokalStatus()).isEqualTo(BorgerSag.AFSLUTTET_UDEN_AFGOERELSE);
        assertThat(s.afslutningsaarsag()).isEqualTo("DOED");
        assertThat(s.afsluttetDato()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void aSecondBatchOverTheStoredRowsContinuesWhereTheFirstStopped() {
        BorgeroverblikFold foerste = fold(SagFixtures.sagOprettet(), vurderet(SAG_ID, "J1.1", 3, 2, LocalDate.of(2026, 2, 18)));
        BorgeroverblikFold anden = new BorgeroverblikFold(foerste.aendredeSager(), foerste.aendredeTilstande(), List.of());
        anvend(anden, SagFixtures.sagOplyst(), vurderet(SAG_ID, "J1.1", 2, 2, LocalDate.of(2026, 3, 1)));

        assertThat(anden.sag(SAG_ID.value()).fremdrift()).isEqualTo("OPLYST");
        assertThat(anden.tilstande(BORGER_ID.value()).get("J1.1").niveau()).isEqualTo(2);
        assertThat(anden.aendredeTilstande()).hasSize(1);
    }

    private static SagOprettet andenSag(BorgerId borger) {
        return new SagOprettet(ANDEN_SAG, "29.18.00-G01-2-26", borger, SagFixtures.EJER, "Sygeplejen", "29.18.00", "G01",
                Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, SynligKryptering.tekst(borger, "Sårpleje"), LocalDate.of(2026, 3, 30), List.of(), null,
                TestKontekst.registrering());
    }

    private static TilstandVurderet vurderet(SagId sag, String kode, Integer niveau, Integer forventet, LocalDate dato) {
        return new TilstandVurderet(sag, kode, niveau, forventet, null, null, null, dato, TestKontekst.registrering());
    }

    private BorgeroverblikFold fold(Object... events) {
        BorgeroverblikFold fold = BorgeroverblikFold.tom();
        anvend(fold, events);
        return fold;
    }

    private void anvend(BorgeroverblikFold fold, Object... events) {
        for (Object e : events) {
            indeks++;
            fold.anvend(new Haendelse(indeks, null, 0, null, TestKontekst.NU, e));
        }
    }
}
