package dk.careledger.domain.sag;

import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.sag.SagFixtures.AFGOERELSE_ID;
import static dk.careledger.domain.sag.SagFixtures.BORGER_ID;
import static dk.careledger.domain.sag.SagFixtures.HENVENDELSE_ID;
import static dk.careledger.domain.sag.SagFixtures.OPSTAAET;
import static dk.careledger.domain.sag.SagFixtures.SAG_ID;
import static dk.careledger.domain.sag.SagFixtures.opretSag;
import static dk.careledger.domain.sag.SagFixtures.sagOprettet;
import static dk.careledger.domain.sag.SagFixtures.sagOplyst;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.command.TraefAfgoerelse;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.domain.felles.Faktatabel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: a sag is opened from the citizen's own henvendelser, and its dates follow the facts (ADR 0020). */
class SagensGrundlagTest {

    private static final HenvendelseId ANDEN_BORGERS_HENVENDELSE = HenvendelseId.of("4e0e0000-0000-4000-8000-0000000000bb");

    private final Scenarie<SagState, SagCommand, SagEvent> scenarie = SagFixtures.scenarie();

    private static OpretSag opretMed(List<HenvendelseId> henvendelser, LocalDate opstaaet) {
        OpretSag o = opretSag();
        return new OpretSag(o.sagId(), o.sagsnummer(), o.borgerId(), o.ejer(), o.ansvarligEnhed(), o.kleNummer(), o.handlingsfacet(),
                o.foelsomhed(), o.titel(), opstaaet, henvendelser, o.sagsbehandler());
    }

    private static TraefAfgoerelse bevillingTruffet(LocalDate truffet) {
        return new TraefAfgoerelse(SAG_ID, AFGOERELSE_ID, Afgoerelsestype.BEVILLING, SagFixtures.HJEMMEL, null, false, truffet, null,
                truffet, null);
    }

    @Test
    void refusesOpeningTheSagFromAnotherCitizensHenvendelse() {
        Faktatabel opslag = new Faktatabel().medHenvendelse(HENVENDELSE_ID, BORGER_ID)
                .medHenvendelse(ANDEN_BORGERS_HENVENDELSE, BorgerId.of("b0e9e000-0000-4000-8000-0000000000bb"));
        scenarie.given().when(opretMed(List.of(HENVENDELSE_ID, ANDEN_BORGERS_HENVENDELSE), OPSTAAET), TestKontekst.kontekst(opslag))
                .thenRefused(REGEL, "ANDEN_BORGER", "henvendelser[1]");
    }

    @Test
    void refusesOpeningTheSagFromAHenvendelseThatDoesNotExist() {
        scenarie.given().when(opretMed(List.of(ANDEN_BORGERS_HENVENDELSE), OPSTAAET))
                .thenRefused(IKKE_FUNDET, "HENVENDELSE_UKENDT", "henvendelser[0]");
    }

    @Test
    void refusesASagArisingNextYear() {
        scenarie.given().when(opretMed(List.of(HENVENDELSE_ID), LocalDate.of(2028, 1, 5)))
                .thenRefused(UGYLDIG, "DATO_I_FREMTIDEN", "opstaaetDato");
    }

    @Test
    void refusesAnAfgoerelseDatedBeforeTheSagArose() {
        scenarie.given(sagOprettet(), sagOplyst()).when(bevillingTruffet(OPSTAAET.minusDays(1)))
                .thenRefused(UGYLDIG, "DATO_FOER_GRUNDLAG", "truffetDato");
    }

    @Test
    void refusesAnAfgoerelseMadeInTheFuture() {
        scenarie.given(sagOprettet(), sagOplyst()).when(bevillingTruffet(LocalDate.of(2027, 12, 2)))
                .thenRefused(UGYLDIG, "DATO_I_FREMTIDEN", "truffetDato");
    }

    @Test
    void acceptsAnAfgoerelseOnTheDayTheSagArose() {
        assertThat(scenarie.given(sagOprettet(), sagOplyst()).when(bevillingTruffet(OPSTAAET)).events())
                .singleElement().isInstanceOf(AfgoerelseTruffet.class);
    }
}
