package dk.careledger.domain.bevilling;

import static dk.careledger.domain.bevilling.BevillingFixtures.FOERSTE_BESOEG;
import static dk.careledger.domain.bevilling.BevillingFixtures.OPFOELGNING;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.bestilt;
import static dk.careledger.domain.bevilling.BevillingFixtures.leveringUdfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.tekst;
import static dk.careledger.domain.bevilling.BevillingFixtures.udfoerer;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.testfixtures.TestKontekst.UDFOERER;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.GennemfoerOpfoelgning;
import dk.careledger.domain.bevilling.event.BevillingAendret;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.testfixtures.Scenarie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A long-running bevilling: morning and evening help for 500 days gives 1,000 leveringer before the opfølgning. The
 * state keeps only ids, and the rules still see every one of them.
 */
class LangBevillingTest {

    private static final int ANTAL = 1_000;
    /** The first day after the 1,000th levering: the startdato plus 500 days. */
    private static final LocalDate EFTER_500_DAGE = BevillingFixtures.STARTDATO.plusDays(500);

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    @Test
    void aBevillingWithAThousandLeveringerKeepsTrackOfEveryIdAndStillTakesAnOpfoelgning() {
        List<BevillingEvent> historik = historik();

        BevillingState state = BevillingDecider.replay(historik);

        assertThat(state.leveringIds()).hasSize(ANTAL).contains(leveringId(0), leveringId(499), leveringId(ANTAL - 1));
        assertThat(state.leveringIds()).doesNotContain(leveringId(ANTAL));
        assertThat(state.bestilt()).isTrue();
        assertThat(state.opfoelgningIds()).isEmpty();

        Omfang mindre = Omfang.prDag(2, 10);
        GennemfoerOpfoelgning e2 = new GennemfoerOpfoelgning(PERSONLIG_PLEJE, OPFOELGNING, "E2", EFTER_500_DAGE,
                EFTER_500_DAGE.plusMonths(3), mindre, "Klarer aftenen med mindre hjælp");
        List<BevillingEvent> opfoelgning = BevillingDecider.decide(state, e2, udfoerer());
        assertThat(opfoelgning).containsExactly(
                new OpfoelgningGennemfoert(PERSONLIG_PLEJE, OPFOELGNING, "E2", EFTER_500_DAGE,
                        EFTER_500_DAGE.plusMonths(3), mindre, tekst("Klarer aftenen med mindre hjælp"),
                        registrering(UDFOERER)),
                new BevillingAendret(PERSONLIG_PLEJE, mindre, EFTER_500_DAGE,
                        tekst("Opfølgning E2 Ændres inden for rammen: Klarer aftenen med mindre hjælp"),
                        registrering(UDFOERER)));

        BevillingState efter = state;
        for (BevillingEvent event : opfoelgning) {
            efter = BevillingDecider.evolve(efter, event);
        }
        assertThat(efter.omfang()).isEqualTo(mindre);
        assertThat(efter.opfoelgningIds()).containsExactly(OPFOELGNING);
        assertThat(efter.leveringIds()).isEqualTo(state.leveringIds()).hasSize(ANTAL);
        assertThat(state.omfang()).as("the earlier state is untouched").isEqualTo(BevillingFixtures.OMFANG);
    }

    @Test
    void theThousandAndFirstLeveringIsAcceptedAndAnyEarlierIdIsRefused() {
        Scenarie<BevillingState, BevillingCommand, BevillingEvent>.When givet =
                scenarie.given(historik().toArray(BevillingEvent[]::new));
        Instant naeste = tidspunkt(ANTAL);

        givet.when(BevillingFixtures.registrerLevering(leveringId(ANTAL), naeste), udfoerer())
                .then(leveringUdfoert(leveringId(ANTAL), naeste));
        givet.when(BevillingFixtures.registrerLevering(leveringId(737), naeste), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_FINDES", "leveringId");
    }

    @Test
    void anEarlierStateStaysAsItWasWhenLaterLeveringerAreAdded() {
        BevillingState foer = BevillingDecider.replay(historik());
        BevillingState efter = BevillingDecider.evolve(foer, leveringUdfoert(leveringId(ANTAL), tidspunkt(ANTAL)));

        assertThat(foer.leveringIds()).hasSize(ANTAL).doesNotContain(leveringId(ANTAL));
        assertThat(efter.leveringIds()).hasSize(ANTAL + 1).contains(leveringId(ANTAL));
    }

    /** Given, bestilt, then two visits a day from the startdato. */
    private static List<BevillingEvent> historik() {
        List<BevillingEvent> events = new ArrayList<>(ANTAL + 2);
        events.add(personligPlejeGivet());
        events.add(bestilt());
        for (int i = 0; i < ANTAL; i++) {
            events.add(leveringUdfoert(leveringId(i), tidspunkt(i)));
        }
        return events;
    }

    private static UUID leveringId(int i) {
        return new UUID(0x5e1a_0000_0000_4000L, 0x8000_0000_0000_0000L | i);
    }

    /** 07:30 and 19:30 Danish winter time (06:30Z and 18:30Z); the twice-daily visits of day i / 2. */
    private static Instant tidspunkt(int i) {
        return FOERSTE_BESOEG.plus(Duration.ofHours(12L * i));
    }
}
