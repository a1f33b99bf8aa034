package dk.careledger.projection.arbejdsliste;

import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.BevillingFixtures;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.henvendelse.HenvendelseFixtures;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.SagFixtures;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.sag.event.SagGenoptaget;
import dk.careledger.domain.sag.event.SagSatIBero;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given events, then rows: the worklists' fold without a database. */
class ArbejdslistefoldTest {

    private static HenvendelseRaekke henvendelse(HenvendelseEvent... events) {
        HenvendelseRaekke rad = null;
        for (HenvendelseEvent e : events) {
            rad = Arbejdslistefold.evolve(rad, e);
        }
        return rad;
    }

    private static SagRaekke sag(SagEvent... events) {
        SagRaekke rad = null;
        for (SagEvent e : events) {
            rad = Arbejdslistefold.evolve(rad, e);
        }
        return rad;
    }

    private static BevillingRaekke bevilling(BevillingEvent... events) {
        BevillingRaekke rad = null;
        for (BevillingEvent e : events) {
            rad = Arbejdslistefold.evolve(rad, e);
        }
        return rad;
    }

    // ---- henvendelser ----

    @Test
    void aReceivedHenvendelseIsUnhandledWithItsKommuneSourceAndReferralFlag() {
        HenvendelseRaekke rad = henvendelse(HenvendelseFixtures.henvisningFraSygehusModtaget());

        assertThat(rad.uhaandteret()).isTrue();
        assertThat(rad.kommune()).isEqualTo("29189420");
        assertThat(rad.kildeKode()).isEqualTo("A12");
        assertThat(rad.kanal()).isEqualTo("MEDCOM");
        assertThat(rad.henvisning()).isTrue();
        assertThat(rad.modtagetDato()).isEqualTo(HenvendelseFixtures.MODTAGET_DATO);
        assertThat(rad.oensketIndsatsKode()).isEqualTo("SUL-138");
        assertThat(rad.aarsag().ejer()).isEqualTo(HenvendelseFixtures.BORGER_ID);
    }

    @Test
    void anAfklaringKeepsAHenvendelseOnTheListAndHandlingTakesItOff() {
        HenvendelseId id = HenvendelseFixtures.HENVENDELSE_FRA_BORGER_ID;
        HenvendelseRaekke afklaret = henvendelse(HenvendelseFixtures.henvendelseFraBorgerModtaget(), HenvendelseFixtures.afklaret(id));
        HenvendelseRaekke haandteret = henvendelse(HenvendelseFixtures.henvendelseFraBorgerModtaget(), HenvendelseFixtures.afklaret(id),
                HenvendelseFixtures.haandteretUdenSag(id));

        assertThat(afklaret.uhaandteret()).isTrue();
        assertThat(afklaret.afklaretDato()).isEqualTo(HenvendelseFixtures.AFKLARET_DATO);
        assertThat(haandteret.uhaandteret()).isFalse();
        assertThat(haandteret.haandteretDato()).isEqualTo(HenvendelseFixtures.HAANDTERET_DATO);
        assertThat(haandteret.udfald()).isEqualTo("INGEN_SAG");
    }

    @Test
    void aSagCreatedFromHenvendelserAndAHenvendelseHandledIntoANewSagStartTheFristButJoiningAnExistingSagDoesNot() {
        HenvendelseId id = HenvendelseFixtures.HENVISNING_ID;

        assertThat(Arbejdslistefold.links(SagFixtures.sagOprettet())).containsExactly(
                new SagHenvendelse(SagFixtures.SAG_ID.value(), SagFixtures.HENVENDELSE_ID.value(), true));
        assertThat(Arbejdslistefold.links(HenvendelseFixtures.haandteretMedSagOprettet(id))).containsExactly(
                new SagHenvendelse(HenvendelseFixtures.SYGEPLEJESAG_ID.value(), id.value(), true));
        assertThat(Arbejdslistefold.links(HenvendelseFixtures.haandteretMedTilknyttetSag(id))).containsExactly(
                new SagHenvendelse(HenvendelseFixtures.EKSISTERENDE_SAG_ID.value(), id.value(), false));
        assertThat(Arbejdslistefold.links(HenvendelseFixtures.haandteretUdenSag(id))).isEmpty();
        assertThat(new SagHenvendelse(SagFixtures.SAG_ID.value(), id.value(), false)
                .flet(new SagHenvendelse(SagFixtures.SAG_ID.value(), id.value(), true)).starterFrist()).isTrue();
    }

    // ---- sager ----

    @Test
    void aNewSagWaitsForItsAfgoerelseInItsOwnersKommuneAndUnit() {
        SagRaekke rad = sag(SagFixtures.sagOprettet());

        assertThat(rad.afventerAfgoerelse()).isTrue();
        assertThat(rad.kommune()).isEqualTo(SagFixtures.EJER.value());
        assertThat(rad.enhed()).isEqualTo(SagFixtures.ANSVARLIG_ENHED);
        assertThat(rad.kleNummer()).isEqualTo("27.36.04");
        assertThat(rad.opstaaetDato()).isEqualTo(SagFixtures.OPSTAAET);
        assertThat(rad.sagsbehandler()).isEqualTo(SagFixtures.SAGSBEHANDLER);
        assertThat(rad.bero()).isEmpty();
        assertThat(sag(SagFixtures.sagOprettet(), SagFixtures.sagsbehandlerTildelt()).sagsbehandler()).isEqualTo(SagFixtures.NY_SAGSBEHANDLER);
    }

    @Test
    void everyPeriodIBeroIsKeptFromSatIBeroUntilGenoptaget() {
        LocalDate igen = LocalDate.of(2026, 3, 10);
        SagRaekke rad = sag(SagFixtures.sagOprettet(), SagFixtures.sagSatIBero(), SagFixtures.sagGenoptaget(),
                new SagSatIBero(SagFixtures.SAG_ID, UUID.randomUUID(), igen, registrering()));

        assertThat(rad.bero()).containsExactly(new Beroperiode(SagFixtures.ANMODET, SagFixtures.GENOPTAGET), new Beroperiode(igen, null));
        assertThat(rad.iBero()).isTrue();
        assertThat(sag(SagFixtures.iBero()).iBero()).isTrue();
        assertThat(sag(SagFixtures.sagOprettet(), SagFixtures.sagSatIBero(), SagFixtures.sagGenoptaget()).iBero()).isFalse();
    }

    @Test
    void aGenoptagelseDatedBeforeTheBeroBeganClosesAnEmptyPeriod() {
        SagRaekke rad = sag(SagFixtures.sagOprettet(), SagFixtures.sagSatIBero(),
                new SagGenoptaget(SagFixtures.SAG_ID, SagFixtures.ANMODET.minusDays(3), registrering()));

        assertThat(rad.bero()).containsExactly(new Beroperiode(SagFixtures.ANMODET, SagFixtures.ANMODET));
    }

    @Test
    void theFirstAfgoerelseStopsTheClockOnItsSendtDatoAndALaterOneDoesNotMoveIt() {
        SagRaekke afgjort = sag(SagFixtures.afgjort());
        SagRaekke revisiteret = sag(SagFixtures.sagOprettet(), SagFixtures.sagOplyst(), SagFixtures.afgoerelseTruffet(),
                SagFixtures.revisitationStartet(), SagFixtures.sagGenoplyst(), SagFixtures.nyAfgoerelseTruffet());

        assertThat(afgjort.afgoerelseDato()).isEqualTo(SagFixtures.SENDT);
        assertThat(afgjort.afventerAfgoerelse()).isFalse();
        assertThat(revisiteret.afgoerelseDato()).isEqualTo(SagFixtures.SENDT);
    }

    @Test
    void anAfgoerelseWithoutSendtDatoStopsTheClockOnItsTruffetDato() {
        AfgoerelseTruffet usendt = new AfgoerelseTruffet(SagFixtures.SAG_ID, SagFixtures.AFGOERELSE_ID, Afgoerelsestype.AFSLAG,
                SagFixtures.HJEMMEL, SagFixtures.krypteret(SagFixtures.BEGRUNDELSE), true, SagFixtures.TRUFFET, null, null, null,
                registrering());

        assertThat(sag(SagFixtures.sagOprettet(), SagFixtures.sagOplyst(), usendt).afgoerelseDato()).isEqualTo(SagFixtures.TRUFFET);
    }

    @Test
    void aSagClosedWithoutAfgoerelseLeavesTheFristList() {
        SagRaekke rad = sag(SagFixtures.sagOprettet(), SagFixtures.sagAfsluttetUdenAfgoerelse());

        assertThat(rad.afventerAfgoerelse()).isFalse();
        assertThat(rad.afsluttetUdenAfgoerelse()).isTrue();
        assertThat(rad.afsluttetDato()).isEqualTo(SagFixtures.AFSLUTTET);
    }

    @Test
    void eventsForASagNeverCreatedLeaveNoRow() {
        assertThat(sag(SagFixtures.sagOplyst())).isNull();
        assertThat(bevilling(BevillingFixtures.startdatoFastsat())).isNull();
        assertThat(henvendelse(HenvendelseFixtures.afklaret(HenvendelseFixtures.HENVISNING_ID))).isNull();
    }

    @Test
    void onlyTheEventsThatCanChangeAWorklistAreRelevant() {
        assertThat(Arbejdslistefold.relevant(SagFixtures.sagSatIBero())).isTrue();
        assertThat(Arbejdslistefold.relevant(HenvendelseFixtures.afklaret(HenvendelseFixtures.HENVISNING_ID))).isTrue();
        assertThat(Arbejdslistefold.relevant(BevillingFixtures.opfoelgningGennemfoert("E1"))).isTrue();
        assertThat(Arbejdslistefold.relevant(BevillingFixtures.leveringUdfoert())).isFalse();
        assertThat(Arbejdslistefold.relevant(SagFixtures.tilstandVurderet())).isFalse();
        assertThat(Arbejdslistefold.relevant(SagFixtures.klageModtaget())).isFalse();
        assertThat(Arbejdslistefold.relevant("an unknown event")).isFalse();
    }

    @Test
    void eventsThatDoNotConcernTheWorklistsReturnTheSameRow() {
        SagRaekke rad = sag(SagFixtures.sagOprettet());
        BevillingRaekke bevilling = bevilling(BevillingFixtures.personligPlejeGivet());

        assertThat(Arbejdslistefold.evolve(rad, SagFixtures.tilstandVurderet())).isSameAs(rad);
        assertThat(Arbejdslistefold.evolve(bevilling, BevillingFixtures.leveringUdfoert())).isSameAs(bevilling);
    }

    // ---- venteliste ----

    @Test
    void aBevillingGrantedWithoutStartdatoIsOnTheVentelisteUntilItGetsOne() {
        BevillingRaekke venter = bevilling(BevillingFixtures.personligPlejeGivetPaaVenteliste());
        BevillingRaekke startet = bevilling(BevillingFixtures.personligPlejeGivetPaaVenteliste(), BevillingFixtures.startdatoFastsat());

        assertThat(venter.paaVenteliste()).isTrue();
        assertThat(venter.bevilgetDato()).isEqualTo(BevillingFixtures.BEVILGET_DATO);
        assertThat(venter.sagId()).isEqualTo(BevillingFixtures.SAG.value());
        assertThat(startet.paaVenteliste()).isFalse();
        assertThat(startet.startdato()).isEqualTo(BevillingFixtures.STARTDATO);
    }

    @Test
    void anOphoertBevillingLeavesTheVentelisteAndOneGrantedWithAStartdatoIsNeverOnIt() {
        assertThat(bevilling(BevillingFixtures.personligPlejeGivetPaaVenteliste(), BevillingFixtures.ophoert(LocalDate.of(2026, 4, 1)))
                .paaVenteliste()).isFalse();
        assertThat(bevilling(BevillingFixtures.personligPlejeGivet()).paaVenteliste()).isFalse();
    }

    @Test
    void aBevillingWithoutSagKeepsTheGrantingKommune() {
        BevillingRaekke rad = bevilling(BevillingFixtures.sygeplejeGivet());

        assertThat(rad.sagId()).isNull();
        assertThat(rad.kommune()).isEqualTo("29189420");
    }

    // ---- opfølgninger ----

    private static final LocalDate NAESTE = BevillingFixtures.NAESTE_OPFOELGNING; // 2026-09-01

    @Test
    void beforeItsFirstOpfoelgningABevillingHasNoOpfoelgningPlanned() {
        BevillingRaekke rad = bevilling(BevillingFixtures.personligPlejeGivet());

        assertThat(rad.naesteOpfoelgning()).isNull();
        assertThat(rad.harPlanlagtOpfoelgning()).isFalse();
    }

    @Test
    void anOpfoelgningPlansTheNextOneAndRecordsItsResult() {
        BevillingRaekke rad = bevilling(BevillingFixtures.personligPlejeGivet(), BevillingFixtures.opfoelgningGennemfoert("E1"));

        assertThat(rad.naesteOpfoelgning()).isEqualTo(NAESTE);
        assertThat(rad.senesteOpfoelgningDato()).isEqualTo(BevillingFixtures.OPFOELGNING_DATO);
        assertThat(rad.senesteResultatKode()).isEqualTo("E1");
        assertThat(rad.harPlanlagtOpfoelgning()).isTrue();
    }

    @Test
    void anOphoertBevillingHasNoOpfoelgningPlannedEvenWhenTheOphoerLiesAhead() {
        BevillingRaekke ophoert = bevilling(BevillingFixtures.personligPlejeGivet(), BevillingFixtures.opfoelgningGennemfoert("E1"),
                BevillingFixtures.ophoert(NAESTE.plusDays(60)));

        assertThat(ophoert.naesteOpfoelgning()).isEqualTo(NAESTE);
        assertThat(ophoert.ophoersdato()).isEqualTo(NAESTE.plusDays(60));
        assertThat(ophoert.harPlanlagtOpfoelgning()).isFalse();
    }

    @Test
    void anOlderOpfoelgningRegisteredLateDoesNotReplaceTheNextDatePlannedByANewerOne() {
        OpfoelgningGennemfoert nyere = new OpfoelgningGennemfoert(BevillingFixtures.PERSONLIG_PLEJE, UUID.randomUUID(), "E2",
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 1), null, null, registrering());

        BevillingRaekke rad = bevilling(BevillingFixtures.personligPlejeGivet(), nyere, BevillingFixtures.opfoelgningGennemfoert("E1"));

        assertThat(rad.naesteOpfoelgning()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(rad.senesteResultatKode()).isEqualTo("E2");
    }

    @Test
    void anE3OpfoelgningPlansNothingMore() {
        BevillingRaekke rad = bevilling(BevillingFixtures.personligPlejeGivet(), BevillingFixtures.opfoelgningGennemfoert("E1"),
                BevillingFixtures.opfoelgningGennemfoert(UUID.randomUUID(), "E3", null, null));

        assertThat(rad.naesteOpfoelgning()).isNull();
        assertThat(rad.senesteResultatKode()).isEqualTo("E3");
        assertThat(rad.harPlanlagtOpfoelgning()).isFalse();
    }
}
