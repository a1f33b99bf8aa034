package dk.careledger.domain.henvendelse;

import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.HAANDTERET_DATO;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.HENVENDELSE_FRA_BORGER_ID;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.henvendelseFraBorgerModtaget;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
import dk.careledger.domain.henvendelse.command.HenvendelseCommand;
import dk.careledger.domain.henvendelse.command.ModtagHenvendelse;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.domain.felles.Faktatabel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: a henvendelse is handled into the citizen's own sager only, and is not received in the future (ADR 0020). */
class HenvendelsensSagerTest {

    private static final SagId ANDEN_BORGERS_SAG = SagId.of("9c0d4e21-5b6a-4c7d-9e8f-1a2b3c4d5eaa");

    private final Scenarie<HenvendelseState, HenvendelseCommand, HenvendelseEvent> scenarie =
            new Scenarie<>(HenvendelseState::initial, HenvendelseDecider::evolve, HenvendelseDecider::decide);

    @Test
    void refusesHandlingTheHenvendelseIntoAnotherCitizensSag() {
        Faktatabel opslag = new Faktatabel().medSag(ANDEN_BORGERS_SAG,
                new Sagsfakta(BorgerId.of("6f1c2b9e-3d4a-4e5f-8a7b-0c1d2e3f4aaa"), LocalDate.of(2026, 1, 5), Map.of()));
        scenarie.given(henvendelseFraBorgerModtaget())
                .when(new HaandterHenvendelse(HENVENDELSE_FRA_BORGER_ID, Udfald.TILKNYTTET_SAG, List.of(ANDEN_BORGERS_SAG), null,
                        HAANDTERET_DATO), TestKontekst.kontekst(opslag))
                .thenRefused(REGEL, "ANDEN_BORGER", "sager[0]");
    }

    @Test
    void refusesHandlingTheHenvendelseIntoASagThatDoesNotExist() {
        scenarie.given(henvendelseFraBorgerModtaget())
                .when(new HaandterHenvendelse(HENVENDELSE_FRA_BORGER_ID, Udfald.TILKNYTTET_SAG, List.of(ANDEN_BORGERS_SAG), null,
                        HAANDTERET_DATO))
                .thenRefused(IKKE_FUNDET, "SAG_UKENDT", "sager[0]");
    }

    @Test
    void refusesAHenvendelseReceivedTomorrow() {
        ModtagHenvendelse m = HenvendelseFixtures.modtagHenvendelseFraBorger();
        scenarie.given().when(new ModtagHenvendelse(m.henvendelseId(), m.borgerId(), m.kildeKode(), m.kanal(), LocalDate.of(2027, 12, 2),
                m.aarsag(), m.diagnose(), m.oensketIndsatsKode())).thenRefused(UGYLDIG, "DATO_I_FREMTIDEN", "modtagetDato");
    }
}
