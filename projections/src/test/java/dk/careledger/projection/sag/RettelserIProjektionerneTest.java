package dk.careledger.projection.sag;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.BevillingFixtures;
import dk.careledger.domain.bevilling.IkkeLeveretAarsag;
import dk.careledger.domain.bevilling.Leveringsart;
import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.bevilling.event.BevillingStartdatoRettet;
import dk.careledger.domain.bevilling.event.LeveringAnnulleret;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.SagFixtures;
import dk.careledger.domain.sag.Sagsklassifikation;
import dk.careledger.domain.sag.event.AfgoerelseOmgjort;
import dk.careledger.domain.sag.event.AfgoerelseSendtDatoRettet;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.sag.event.SagOmklassificeret;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.projection.arbejdsliste.Arbejdslistefold;
import dk.careledger.projection.arbejdsliste.BevillingRaekke;
import dk.careledger.projection.arbejdsliste.SagRaekke;
import dk.careledger.projection.borger.BorgerSag;
import dk.careledger.projection.borger.BorgeroverblikFold;
import dk.careledger.projection.fakta.Faktaudtraek;
import dk.careledger.projection.fakta.Faktum;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.sag.laesning.SagTilstand;
import dk.careledger.projection.ydelse.Leveringsperioder;
import dk.careledger.projection.ydelse.Leveringsperioder.Periodetype;
import dk.careledger.projection.ydelse.YdelseFold;
import dk.careledger.projection.ydelse.laesning.YdelseRaekke;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 4 at projection level: each correction reaches the read models as a new fact, counts are taken back, the
 * corrected rows carry when they were corrected, and "what did we believe at T" still answers the old value (ADR 0022).
 */
class RettelserIProjektionerneTest {
    private static final Instant SENERE = TestKontekst.NU.plusSeconds(86_400 * 5);
    private static final Registrering RETTET = new Registrering(TestKontekst.AALBORG, TestKontekst.SAGSBEHANDLER, SENERE);
    private static final KrypteretTekst HVORFOR = SagFixtures.krypteret("Fejl");
    private static final Sagsklassifikation NY = new Sagsklassifikation("27.36.06", "G01", "Rehabilitering",
            Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER, SagFixtures.krypteret("Rehabilitering"));

    private long indeks;

    // ---- Ydelsesindeks ----

    @Test
    void anAnnulledLeveringIsTakenBackFromItsWeekAndMonth() {
        Leveringsperioder perioder = new Leveringsperioder();
        perioder.anvend(BevillingFixtures.leveringUdfoert());
        perioder.anvend(BevillingFixtures.leveringIkkeUdfoert());
        perioder.anvend(annulleret(BevillingFixtures.LEVERING, Leveringsart.UDFOERT, BevillingFixtures.FOERSTE_BESOEG, 17, null, false));
        perioder.anvend(annulleret(BevillingFixtures.IKKE_LEVERET, Leveringsart.IKKE_UDFOERT, BevillingFixtures.FOERSTE_BESOEG.plusSeconds(86_400),
                null, IkkeLeveretAarsag.BORGER_IKKE_HJEMME, true));

        assertThat(perioder.perioder()).allSatisfy((periode, t) -> {
            assertThat(List.of(t.antalLeveret(), (int) t.minutterLeveret(), t.antalIkkeLeveret(), t.antalErstatningTilbudt()))
                    .as(periode.toString()).containsOnly(0);
        });
        assertThat(perioder.ikkeLeveret()).allSatisfy((noegle, t) -> assertThat(t.antal()).isZero());
        assertThat(perioder.perioder().keySet()).extracting(p -> p.type()).contains(Periodetype.UGE, Periodetype.MAANED);
    }

    @Test
    void anAnnulledUnplannedVisitIsTakenBackAlsoFromTheUnplannedCount() {
        Leveringsperioder perioder = new Leveringsperioder();
        perioder.anvend(BevillingFixtures.uplanlagtLeveringRegistreret());
        perioder.anvend(annulleret(BevillingFixtures.UPLANLAGT, Leveringsart.UPLANLAGT, Instant.parse("2026-03-10T01:40:00Z"), 35, null, false));

        assertThat(perioder.perioder().values()).allSatisfy(t -> {
            assertThat(t.antalUplanlagt()).isZero();
            assertThat(t.minutterUplanlagt()).isZero();
            assertThat(t.antalLeveret()).isZero();
        });
    }

    @Test
    void theYdelseRowShowsTheCorrectedStartdatoAndSagMarkedAsCorrected() {
        YdelseFold fold = YdelseFold.tom();
        fold.anvend(haendelse(BevillingFixtures.sygeplejeGivet()));
        fold.anvend(haendelse(new BevillingSagTilknyttet(BevillingFixtures.SYGEPLEJE, BevillingFixtures.SAG, BevillingFixtures.AFGOERELSE,
                null, RETTET)));
        fold.anvend(haendelse(new BevillingStartdatoRettet(BevillingFixtures.SYGEPLEJE, BevillingFixtures.BEVILGET_DATO,
                BevillingFixtures.BEVILGET_DATO.plusDays(2), HVORFOR, RETTET)));

        YdelseRaekke r = fold.ydelse(BevillingFixtures.SYGEPLEJE.value());
        assertThat(r.sagId()).isEqualTo(BevillingFixtures.SAG.value());
        assertThat(r.afgoerelseId()).isEqualTo(BevillingFixtures.AFGOERELSE.value());
        assertThat(r.startdato()).isEqualTo(BevillingFixtures.BEVILGET_DATO.plusDays(2));
        assertThat(r.omfangFra()).as("the omfang ran from the startdato").isEqualTo(BevillingFixtures.BEVILGET_DATO.plusDays(2));
        assertThat(r.rettet()).isEqualTo(SENERE);
    }

    @Test
    void anAnnulmentMarksTheYdelseRowAsCorrected() {
        YdelseFold fold = YdelseFold.tom();
        fold.anvend(haendelse(BevillingFixtures.personligPlejeGivet()));
        fold.anvend(haendelse(BevillingFixtures.leveringUdfoert()));
        assertThat(fold.ydelse(BevillingFixtures.PERSONLIG_PLEJE.value()).rettet()).isNull();

        fold.anvend(haendelse(annulleret(BevillingFixtures.LEVERING, Leveringsart.UDFOERT, BevillingFixtures.FOERSTE_BESOEG, 17, null, false)));

        assertThat(fold.ydelse(BevillingFixtures.PERSONLIG_PLEJE.value()).rettet()).isEqualTo(SENERE);
        assertThat(YdelseFold.raekkenoegler(List.of(haendelse(annulleret(BevillingFixtures.LEVERING, Leveringsart.UDFOERT,
                BevillingFixtures.FOERSTE_BESOEG, 17, null, false))))).containsExactly(BevillingFixtures.PERSONLIG_PLEJE.value());
    }

    // ---- citizen overview ----

    @Test
    void theOverviewShowsTheReclassifiedSagMarkedAsCorrected() {
        BorgerSag s = overblik(SagFixtures.sagOprettet(), new SagOmklassificeret(SagFixtures.SAG_ID, klassifikationSomOprettet(), NY, HVORFOR,
                RETTET));

        assertThat(List.of(s.kleNummer(), s.ansvarligEnhed(), s.foelsomhed(), s.titelChiffer()))
                .containsExactly("27.36.06", "Rehabilitering", "FORTROLIGE_PERSONOPLYSNINGER", NY.titel().chiffertekst());
        assertThat(s.rettet()).isEqualTo(SENERE);
    }

    @Test
    void anOmgjortAfgoerelseLeavesTheSagOplystAwaitingANewOneMarkedAsCorrected() {
        BorgerSag s = overblik(Stream.concat(Stream.of(SagFixtures.afgjort()), Stream.of(omgjort())).toArray(Object[]::new));

        assertThat(s.fremdrift()).isEqualTo("OPLYST");
        assertThat(s.afgoerelsestype()).isNull();
        assertThat(s.rettet()).isEqualTo(SENERE);
    }

    // ---- worklists ----

    @Test
    void theWorklistFollowsAReclassificationAnOmgoerelseAndACorrectedSendtDato() {
        SagRaekke afgjort = sag(SagFixtures.afgjort());
        SagRaekke omklassificeret = Arbejdslistefold.evolve(afgjort,
                new SagOmklassificeret(SagFixtures.SAG_ID, klassifikationSomOprettet(), NY, HVORFOR, RETTET));
        assertThat(List.of(omklassificeret.enhed(), omklassificeret.kleNummer())).containsExactly("Rehabilitering", "27.36.06");

        SagRaekke rettet = Arbejdslistefold.evolve(afgjort, sendtRettet());
        assertThat(rettet.afgoerelseDato()).isEqualTo(SagFixtures.SENDT.plusDays(3));

        assertThat(Arbejdslistefold.evolve(afgjort, omgjort()).afgoerelseDato()).as("back on the list of sager awaiting an afgørelse").isNull();
    }

    @Test
    void theVentelisteAndOpfoelgningListsFollowACorrectedStartdatoAndASagJoinedLater() {
        BevillingRaekke givet = Arbejdslistefold.evolve(null, BevillingFixtures.sygeplejeGivet());
        BevillingRaekke tilknyttet = Arbejdslistefold.evolve(givet, new BevillingSagTilknyttet(BevillingFixtures.SYGEPLEJE,
                BevillingFixtures.SAG, null, null, RETTET));
        BevillingRaekke rettet = Arbejdslistefold.evolve(tilknyttet, new BevillingStartdatoRettet(BevillingFixtures.SYGEPLEJE,
                BevillingFixtures.BEVILGET_DATO, BevillingFixtures.BEVILGET_DATO.plusDays(4), HVORFOR, RETTET));

        assertThat(rettet.sagId()).isEqualTo(BevillingFixtures.SAG.value());
        assertThat(rettet.startdato()).isEqualTo(BevillingFixtures.BEVILGET_DATO.plusDays(4));
        assertThat(Arbejdslistefold.relevant(new BevillingStartdatoRettet(BevillingFixtures.SYGEPLEJE, BevillingFixtures.BEVILGET_DATO,
                BevillingFixtures.BEVILGET_DATO, HVORFOR, RETTET))).isTrue();
    }

    // ---- the sag's index fields, and what we believed at T ----

    @Test
    void theSagsIndexFieldsFollowAReclassificationAndACorrectedSendtDato() {
        SagTilstand t = tilstand(Stream.concat(Stream.of(SagFixtures.afgjort()), Stream.of(
                new SagOmklassificeret(SagFixtures.SAG_ID, klassifikationSomOprettet(), NY, HVORFOR, RETTET), sendtRettet())).toList());

        assertThat(t.kleNummer()).isEqualTo("27.36.06");
        assertThat(t.oprettet().ansvarligEnhed()).isEqualTo("Rehabilitering");
        assertThat(t.senesteAfgoerelse().sendt()).isEqualTo(SagFixtures.SENDT.plusDays(3));
        assertThat(t.senesteAfgoerelse().klagefristSidsteDag()).isEqualTo(SagFixtures.SENDT.plusDays(3).plusWeeks(4));
        assertThat(t.rettet()).isEqualTo(SENERE);
    }

    @Test
    void whatWasBelievedBeforeTheCorrectionWasRegisteredIsTheOldSendtDato() {
        List<Faktum> fakta = fakta(Stream.concat(Stream.of(SagFixtures.afgjort()), Stream.of(sendtRettet())).toList());
        List<Faktum> kendtFoer = fakta.stream().filter(f -> f.registreret().isBefore(SENERE)).toList();

        assertThat(SagTilstand.af(SagFixtures.SAG_ID.value(), kendtFoer).senesteAfgoerelse().sendt()).isEqualTo(SagFixtures.SENDT);
        assertThat(SagTilstand.af(SagFixtures.SAG_ID.value(), fakta).senesteAfgoerelse().sendt()).isEqualTo(SagFixtures.SENDT.plusDays(3));
    }

    @Test
    void anOmgjortAfgoerelseIsNoLongerTheSagsLatestAndANewCycleBegins() {
        SagTilstand t = tilstand(Stream.concat(Stream.of(SagFixtures.afgjort()), Stream.of(omgjort())).toList());

        assertThat(t.senesteAfgoerelse()).isNull();
        assertThat(t.omgjort(SagFixtures.AFGOERELSE_ID.value())).isTrue();
        assertThat(t.cykler()).hasSize(2);
        assertThat(t.cykler().get(1).oplyst()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    // ---- helpers ----

    private static Sagsklassifikation klassifikationSomOprettet() {
        return new Sagsklassifikation(SagFixtures.KLE_NUMMER, SagFixtures.HANDLINGSFACET, SagFixtures.ANSVARLIG_ENHED,
                Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, SagFixtures.krypteret(SagFixtures.TITEL));
    }

    private static AfgoerelseSendtDatoRettet sendtRettet() {
        return new AfgoerelseSendtDatoRettet(SagFixtures.SAG_ID, SagFixtures.AFGOERELSE_ID, SagFixtures.SENDT, SagFixtures.SENDT.plusDays(3),
                HVORFOR, RETTET);
    }

    private static AfgoerelseOmgjort omgjort() {
        return new AfgoerelseOmgjort(SagFixtures.SAG_ID, SagFixtures.AFGOERELSE_ID, Afgoerelsestype.DELVIS_BEVILLING, LocalDate.of(2026, 4, 1),
                HVORFOR, RETTET);
    }

    private static LeveringAnnulleret annulleret(java.util.UUID levering, Leveringsart art, Instant tidspunkt, Integer minutter,
            IkkeLeveretAarsag aarsag, boolean erstatning) {
        return new LeveringAnnulleret(BevillingFixtures.PERSONLIG_PLEJE, levering, art, tidspunkt, minutter, aarsag, erstatning,
                BevillingFixtures.tekst("Fejl"), RETTET);
    }

    private Haendelse haendelse(Object e) {
        indeks++;
        return new Haendelse(indeks, null, 0, null, TestKontekst.NU, e);
    }

    private BorgerSag overblik(Object... events) {
        BorgeroverblikFold fold = BorgeroverblikFold.tom();
        for (Object e : events) {
            fold.anvend(haendelse(e));
        }
        return fold.sag(SagFixtures.SAG_ID.value());
    }

    private static SagRaekke sag(SagEvent... events) {
        SagRaekke rad = null;
        for (SagEvent e : events) {
            rad = Arbejdslistefold.evolve(rad, e);
        }
        return rad;
    }

    private List<Faktum> fakta(List<SagEvent> events) {
        List<Haendelse> haendelser = new ArrayList<>();
        events.forEach(e -> haendelser.add(haendelse(e)));
        return Faktaudtraek.alle(haendelser);
    }

    private SagTilstand tilstand(List<SagEvent> events) {
        return SagTilstand.af(SagFixtures.SAG_ID.value(), fakta(events));
    }
}
