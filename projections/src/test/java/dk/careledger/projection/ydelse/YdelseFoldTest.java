package dk.careledger.projection.ydelse;

import static dk.careledger.domain.bevilling.BevillingFixtures.BORGER;
import static dk.careledger.domain.bevilling.BevillingFixtures.OPFOELGNING_DATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.SAG;
import static dk.careledger.domain.bevilling.BevillingFixtures.STARTDATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.SYGEPLEJE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.BevillingFixtures;
import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.projection.motor.Haendelse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import dk.careledger.projection.ydelse.laesning.YdelseRaekke;

/**
 * Given bevilling events, then the ydelse row of the KLE-tagged Ydelsesindeks. (The status each row has on a given day is
 * computed at query time: see the query side's YdelsesstatusTest.)
 */
class YdelseFoldTest {
    private long indeks;

    @Test
    void aGrantedYdelseCarriesTheKleOfTheYdelseOnAllThreeLevelsWithItsSagIndsatsHjemmelAndOmfang() {
        YdelseRaekke r = fold(BevillingFixtures.personligPlejeGivet()).ydelse(PERSONLIG_PLEJE.value());

        assertThat(r.kleHovedgruppe()).isEqualTo("27");
        assertThat(r.kleGruppe()).isEqualTo("27.36");
        assertThat(r.kleEmne()).isEqualTo("27.36.04");
        assertThat(r.indsatsKode()).isEqualTo("SEL-83-PP");
        assertThat(r.hjemmel()).isEqualTo("SEL § 83, stk. 1, nr. 1");
        assertThat(r.ydelsestype()).isEqualTo("TID");
        assertThat(r.sagId()).isEqualTo(SAG.value());
        assertThat(r.borgerId()).isEqualTo(BORGER.value());
        assertThat(r.kommune()).isEqualTo(TestKontekst.AALBORG.value());
        assertThat(r.omfang()).isEqualTo(BevillingFixtures.OMFANG);
        assertThat(r.ramme()).isEqualTo(BevillingFixtures.RAMME);
        assertThat(r.startdato()).isEqualTo(STARTDATO);
        assertThat(r.slut()).isNull();
    }

    @Test
    void aBevillingWithoutASagHasNoSagRelation() {
        YdelseRaekke r = fold(BevillingFixtures.sygeplejeGivet()).ydelse(SYGEPLEJE.value());

        assertThat(r.sagId()).isNull();
        assertThat(r.afgoerelseId()).isNull();
        assertThat(r.kleHovedgruppe()).isEqualTo("29");
        assertThat(r.kleGruppe()).isEqualTo("29.18");
        assertThat(r.kleEmne()).isEqualTo("29.18.00");
        assertThat(r.slutdato()).isEqualTo(BevillingFixtures.SYGEPLEJE_SLUTDATO);
        assertThat(r.slut()).isEqualTo(BevillingFixtures.SYGEPLEJE_SLUTDATO);
    }

    @Test
    void aBevillingOnTheVentelisteHasNoStartdatoUntilOneIsSetAndItsOmfangRunsFromThatDay() {
        YdelseFold fold = fold(BevillingFixtures.personligPlejeGivetPaaVenteliste());
        YdelseRaekke venteliste = fold.ydelse(PERSONLIG_PLEJE.value());
        assertThat(venteliste.startdato()).isNull();

        fold.anvend(haendelse(BevillingFixtures.startdatoFastsat()));
        YdelseRaekke startet = fold.ydelse(PERSONLIG_PLEJE.value());

        assertThat(startet.startdato()).isEqualTo(STARTDATO);
        assertThat(startet.omfangFra()).isEqualTo(STARTDATO);
        assertThat(startet.slut()).isNull();
    }

    @Test
    void anE3OpfoelgningEndsTheYdelseWithTheDayOfTheOpfoelgning() {
        YdelseRaekke r = fold(BevillingFixtures.personligPlejeGivet(), BevillingFixtures.bestilt(),
                BevillingFixtures.opfoelgningGennemfoert(BevillingFixtures.OPFOELGNING, "E3", null, null),
                new BevillingOphoert(PERSONLIG_PLEJE, OPFOELGNING_DATO.plusDays(1), OphoersAarsag.OPFOELGNING,
                        TestKontekst.registrering(TestKontekst.UDFOERER))).ydelse(PERSONLIG_PLEJE.value());

        assertThat(r.ophoersdato()).isEqualTo(OPFOELGNING_DATO.plusDays(1));
        assertThat(r.ophoersaarsag()).isEqualTo("OPFOELGNING");
        assertThat(r.slut()).isEqualTo(OPFOELGNING_DATO);
        assertThat(r.senesteOpfoelgning()).isEqualTo(OPFOELGNING_DATO);
        assertThat(r.senesteOpfoelgningResultat()).isEqualTo("E3");
        assertThat(r.naesteOpfoelgning()).isNull();
    }

    @Test
    void theEndIsTheSlutdatoOrTheDayBeforeTheOphoersdatoWhicheverComesFirst() {
        assertThat(YdelseRaekke.slut(LocalDate.of(2026, 4, 30), null)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(YdelseRaekke.slut(null, LocalDate.of(2026, 4, 15))).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(YdelseRaekke.slut(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 15))).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(YdelseRaekke.slut(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 15))).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(YdelseRaekke.slut(null, null)).isNull();
    }

    @Test
    void aBestillingNamesTheLeverandoerAndItsKommuneAndAChangeWithinTheRammeReplacesTheOmfangFromItsDate() {
        YdelseRaekke r = fold(BevillingFixtures.personligPlejeGivet(), BevillingFixtures.bestiltIAarhus(), BevillingFixtures.aendret())
                .ydelse(PERSONLIG_PLEJE.value());

        assertThat(r.leverandoer()).isEqualTo("Hjemmeplejen Aarhus Midt");
        assertThat(r.leverandoerKommune()).isEqualTo(TestKontekst.AARHUS.value());
        assertThat(r.bestiltDato()).isEqualTo(BevillingFixtures.BESTILT_DATO);
        assertThat(r.omfang()).isEqualTo(Omfang.prDag(2, 20));
        assertThat(r.omfangFra()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(r.ramme()).isEqualTo(BevillingFixtures.RAMME);
    }

    @Test
    void whenTheCitizenDiesTheYdelseStopsWithTheReasonDoed() {
        LocalDate doed = LocalDate.of(2026, 5, 12);
        YdelseRaekke r = fold(BevillingFixtures.personligPlejeGivet(),
                new BevillingOphoert(PERSONLIG_PLEJE, doed, OphoersAarsag.DOED, TestKontekst.registrering())).ydelse(PERSONLIG_PLEJE.value());

        assertThat(r.ophoersaarsag()).isEqualTo("DOED");
        assertThat(r.slut()).isEqualTo(doed.minusDays(1));
    }

    @Test
    void leveringerDoNotTouchTheYdelseRowButAreCountedPerPeriod() {
        YdelseFold fold = fold(BevillingFixtures.personligPlejeGivet());
        YdelseRaekke foer = fold.ydelse(PERSONLIG_PLEJE.value());

        fold.anvend(haendelse(BevillingFixtures.leveringUdfoert()));

        assertThat(fold.ydelse(PERSONLIG_PLEJE.value())).isEqualTo(foer);
        assertThat(fold.leveringer().perioder()).hasSize(2);
    }

    @Test
    void anEconomicYdelseKeepsItsMonthlyAmount() {
        BevillingGivet kontantTilskud = new BevillingGivet(PERSONLIG_PLEJE, BORGER, SAG, BevillingFixtures.AFGOERELSE, "SEL-95",
                "27.39.16", "SEL § 95", Ydelsestype.OEKONOMISK, LocalDate.of(2026, 3, 15), null, null, null, null, 1_200_000L,
                LocalDate.of(2026, 3, 10), TestKontekst.registrering());

        YdelseRaekke r = fold(kontantTilskud).ydelse(PERSONLIG_PLEJE.value());

        assertThat(r.ydelsestype()).isEqualTo("OEKONOMISK");
        assertThat(r.beloebOere()).isEqualTo(1_200_000L);
        assertThat(r.omfang()).isNull();
        assertThat(r.kleGruppe()).isEqualTo("27.39");
    }

    private YdelseFold fold(Object... events) {
        YdelseFold fold = YdelseFold.tom();
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
