package dk.careledger.projection.forloeb;

import static dk.careledger.domain.forloeb.ForloebFixtures.ANDEN_SAG_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.BEVILLING_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.BORGER_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.FORLOEB_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.SAG_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.forloeb.ForloebFixtures;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.sag.event.TilstandVurderet;
import dk.careledger.domain.testfixtures.SynligKryptering;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.projection.motor.Haendelse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given forløb and sag events, then forløb rows with their sager, bevillinger and tilstande. */
class ForloebFoldTest {
    private static final ForloebId ANDET_FORLOEB = ForloebId.of("4b8e2f70-6a1d-4c3b-9f2e-8d7c6b5a4f32");

    private long indeks;

    @Test
    void aStartedForloebIsActiveWithItsTypeKleBorgerAndStartdato() {
        ForloebFold fold = fold(ForloebFixtures.forloebStartet());

        ForloebRaekke r = fold.forloeb(FORLOEB_ID.value());
        assertThat(r.status()).isEqualTo(ForloebRaekke.AKTIV);
        assertThat(r.borgerId()).isEqualTo(BORGER_ID.value());
        assertThat(r.forloebstypeKode()).isEqualTo("SEL-83");
        assertThat(r.kleNummer()).isEqualTo("27.36.04");
        assertThat(r.startdato()).isEqualTo(ForloebFixtures.STARTDATO);
        assertThat(r.slutdato()).isNull();
        assertThat(r.kommune()).isEqualTo(TestKontekst.AALBORG.value());
    }

    @Test
    void attachedSagerAndBevillingerAreRecordedAndClosingTheForloebMakesItAfsluttetWithItsSlutdatoAndEncryptedAarsag() {
        ForloebFold fold = fold(ForloebFixtures.forloebStartet(), ForloebFixtures.sagTilknyttet(), ForloebFixtures.bevillingTilknyttet(),
                ForloebFixtures.forloebAfsluttet());

        assertThat(fold.nyeSager()).extracting(ForloebFold.Tilknytning::id).containsExactly(SAG_ID.value());
        assertThat(fold.nyeBevillinger()).extracting(ForloebFold.Tilknytning::id).containsExactly(BEVILLING_ID.value());
        ForloebRaekke r = fold.forloeb(FORLOEB_ID.value());
        assertThat(r.status()).isEqualTo(ForloebRaekke.AFSLUTTET);
        assertThat(r.slutdato()).isEqualTo(ForloebFixtures.SLUTDATO);
        assertThat(r.aarsagChiffer()).isEqualTo(SynligKryptering.tekst(BORGER_ID, ForloebFixtures.AARSAG).chiffertekst())
                .doesNotContain("E3");
        assertThat(r.aarsagEjer()).isEqualTo(BORGER_ID.value());
    }

    @Test
    void aTilstandAssessedBeforeTheSagWasAttachedReachesTheForloebWhenTheSagIsAttached() {
        ForloebFold fold = fold(
                vurderet(SAG_ID, "J1.1", 3, 2, LocalDate.of(2026, 2, 18)),
                ForloebFixtures.forloebStartet(),
                ForloebFixtures.sagTilknyttet());

        assertThat(fold.tilstande(FORLOEB_ID.value())).containsOnlyKeys("J1.1");
        Vurdering j11 = fold.tilstande(FORLOEB_ID.value()).get("J1.1");
        assertThat(j11.niveau()).isEqualTo(3);
        assertThat(j11.forventetNiveau()).isEqualTo(2);
        assertThat(j11.sagId()).isEqualTo(SAG_ID.value());
        assertThat(j11.vurderingChiffer()).startsWith("test:");
    }

    @Test
    void aTilstandAssessedAfterAttachmentReachesEveryForloebTheSagIsAttachedTo() {
        ForloebFold fold = fold(ForloebFixtures.forloebStartet(), startet(ANDET_FORLOEB), ForloebFixtures.sagTilknyttet(),
                new SagTilknyttetForloeb(ANDET_FORLOEB, SAG_ID, TestKontekst.registrering()),
                vurderet(SAG_ID, "I4.1", null, null, LocalDate.of(2026, 3, 5)));

        assertThat(fold.tilstande(FORLOEB_ID.value())).containsOnlyKeys("I4.1");
        assertThat(fold.tilstande(ANDET_FORLOEB.value())).containsOnlyKeys("I4.1");
        assertThat(fold.forloebFor(SAG_ID.value())).containsExactlyInAnyOrder(FORLOEB_ID.value(), ANDET_FORLOEB.value());
    }

    @Test
    void perFsiiiCodeTheForloebShowsTheLatestAssessmentAcrossItsSagerByVurderetDatoNotByArrival() {
        ForloebFold fold = fold(ForloebFixtures.forloebStartet(), ForloebFixtures.sagTilknyttet(),
                vurderet(SAG_ID, "J1.1", 3, 2, LocalDate.of(2026, 3, 10)),
                // registered later, but assessed earlier on another sag: it does not replace the newer assessment
                vurderet(ANDEN_SAG_ID, "J1.1", 4, 4, LocalDate.of(2026, 3, 1)),
                vurderet(ANDEN_SAG_ID, "J2.2", 2, 1, LocalDate.of(2026, 3, 1)),
                new SagTilknyttetForloeb(FORLOEB_ID, ANDEN_SAG_ID, TestKontekst.registrering()),
                // the same day on the first sag, later in the log: the latest word
                vurderet(SAG_ID, "J2.2", 1, 1, LocalDate.of(2026, 3, 1)));

        Map<String, Vurdering> tilstande = fold.tilstande(FORLOEB_ID.value());
        assertThat(tilstande).containsOnlyKeys("J1.1", "J2.2");
        assertThat(tilstande.get("J1.1").niveau()).isEqualTo(3);
        assertThat(tilstande.get("J1.1").sagId()).isEqualTo(SAG_ID.value());
        assertThat(tilstande.get("J2.2").niveau()).isEqualTo(1);
        assertThat(tilstande.get("J2.2").sagId()).isEqualTo(SAG_ID.value());
    }

    @Test
    void foldingInTwoBatchesOverTheStoredRowsGivesTheSameRowsAsOneBatch() {
        List<Object> foerste = List.of(vurderet(SAG_ID, "J1.1", 3, 2, LocalDate.of(2026, 2, 18)), ForloebFixtures.forloebStartet(),
                vurderet(ANDEN_SAG_ID, "J1.1", 2, 2, LocalDate.of(2026, 2, 20)));
        List<Object> anden = List.of(ForloebFixtures.sagTilknyttet(), ForloebFixtures.bevillingTilknyttet(),
                new SagTilknyttetForloeb(FORLOEB_ID, ANDEN_SAG_ID, TestKontekst.registrering()),
                vurderet(SAG_ID, "J3.1", 1, 0, LocalDate.of(2026, 2, 25)));
        List<Haendelse> alle = new ArrayList<>();
        foerste.forEach(e -> alle.add(haendelse(e)));
        anden.forEach(e -> alle.add(haendelse(e)));

        ForloebFold samlet = ForloebFold.tom();
        alle.forEach(samlet::anvend);

        ForloebFold batch1 = ForloebFold.tom();
        alle.subList(0, foerste.size()).forEach(batch1::anvend);
        Map<UUID, Set<UUID>> mapping = new HashMap<>();
        for (ForloebFold.Tilknytning t : batch1.nyeSager()) {
            mapping.computeIfAbsent(t.id(), k -> new HashSet<>()).add(t.forloebId());
        }
        ForloebFold batch2 = new ForloebFold(batch1.aendredeForloeb(), mapping, batch1.aendredeSagstilstande(),
                batch1.aendredeForloebstilstande());
        alle.subList(foerste.size(), alle.size()).forEach(batch2::anvend);

        assertThat(batch2.tilstande(FORLOEB_ID.value())).isEqualTo(samlet.tilstande(FORLOEB_ID.value())).containsOnlyKeys("J1.1", "J3.1");
        assertThat(batch2.tilstande(FORLOEB_ID.value()).get("J1.1").sagId()).isEqualTo(ANDEN_SAG_ID.value());
        assertThat(batch2.forloeb(FORLOEB_ID.value())).isEqualTo(samlet.forloeb(FORLOEB_ID.value()));
    }

    @Test
    void eventsOfOtherKindsAreIgnored() {
        ForloebFold fold = fold(dk.careledger.domain.sag.SagFixtures.sagOprettet());

        assertThat(fold.aendredeForloeb()).isEmpty();
        assertThat(fold.aendredeSagstilstande()).isEmpty();
    }

    private static ForloebStartet startet(ForloebId id) {
        return new ForloebStartet(id, BORGER_ID, "SEL-83", "27.36.04", ForloebFixtures.STARTDATO, TestKontekst.registrering());
    }

    private static TilstandVurderet vurderet(SagId sag, String kode, Integer niveau, Integer forventet, LocalDate dato) {
        return new TilstandVurderet(sag, kode, niveau, forventet, null, null, SynligKryptering.tekst(BORGER_ID, "Kan ikke selv"), dato,
                TestKontekst.registrering());
    }

    private ForloebFold fold(Object... events) {
        ForloebFold fold = ForloebFold.tom();
        for (Object e : events) {
            fold.anvend(haendelse(e));
        }
        return fold;
    }

    private Haendelse haendelse(Object e) {
        indeks++;
        return new Haendelse(indeks, null, 0, null, TestKontekst.NU, e);
    }
}
