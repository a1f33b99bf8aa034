package dk.careledger.projection.borgerblik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.domain.felles.Afvisning;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import dk.careledger.projection.borgerblik.laesning.Titelkilde;

/** A new configuration row is a complete setting, validated field by field; a refusal names the field. */
class BorgerbliksaendringTest {

    private static Map<String, Object> gyldig() {
        Map<String, Object> m = new HashMap<>();
        m.put("kommune", "29189420");
        m.put("klePraefiks", "27.36");
        m.put("gyldigFra", "2026-01-01");
        m.put("titelKilde", "SAG");
        m.put("dokumenttitler", true);
        m.put("fradato", "2024-01-01");
        m.put("visAeldreAktive", true);
        m.put("niveau2", false);
        m.put("skjulForBorger", false);
        return m;
    }

    private static Map<String, Object> med(String felt, Object vaerdi) {
        Map<String, Object> m = gyldig();
        m.put(felt, vaerdi);
        return m;
    }

    private static Map<String, Object> uden(String felt) {
        Map<String, Object> m = gyldig();
        m.remove(felt);
        return m;
    }

    private static void fejl(Map<String, Object> krop, String fejlkode, String felt) {
        assertThatThrownBy(() -> Borgerbliksaendring.fra(krop)).isInstanceOfSatisfying(Afvisning.class, a -> {
            assertThat(a.fejlkode()).isEqualTo(fejlkode);
            assertThat(a.felt()).isEqualTo(felt);
        });
    }

    @Test
    void aCompleteRowIsRead() {
        assertThat(Borgerbliksaendring.fra(gyldig())).isEqualTo(new Borgerbliksaendring("29189420", "27.36", LocalDate.of(2026, 1, 1),
                Titelkilde.SAG, true, LocalDate.of(2024, 1, 1), true, false, false));
    }

    @Test
    void thePrefixTheFradatoAndOlderActiveSagerMayBeLeftOut() {
        Map<String, Object> m = gyldig();
        m.remove("klePraefiks");
        m.remove("fradato");
        m.remove("visAeldreAktive");

        Borgerbliksaendring a = Borgerbliksaendring.fra(m);

        assertThat(a.klePraefiks()).as("all emner").isEmpty();
        assertThat(a.fradato()).isNull();
        assertThat(a.visAeldreAktive()).isFalse();
    }

    @Test
    void theSettingsThatDecideWhatIsShownMustBeGiven() {
        for (String felt : new String[] {"kommune", "gyldigFra", "titelKilde", "dokumenttitler", "niveau2", "skjulForBorger"}) {
            fejl(uden(felt), "FELT_PAAKRAEVET", felt);
            fejl(med(felt, null), "FELT_PAAKRAEVET", felt);
        }
    }

    @Test
    void aValueOfTheWrongFormOrTypeNamesItsField() {
        fejl(med("kommune", "2918942"), "UGYLDIG_VAERDI", "kommune");
        fejl(med("kommune", 29189420), "UGYLDIG_VAERDI", "kommune");
        fejl(med("klePraefiks", "27.3"), "UGYLDIG_VAERDI", "klePraefiks");
        fejl(med("gyldigFra", "1. januar"), "UGYLDIG_VAERDI", "gyldigFra");
        fejl(med("fradato", "2024-13-01"), "UGYLDIG_VAERDI", "fradato");
        fejl(med("titelKilde", "BEGGE"), "UGYLDIG_VAERDI", "titelKilde");
        fejl(med("dokumenttitler", "ja"), "UGYLDIG_VAERDI", "dokumenttitler");
        fejl(med("skjulForBorger", 1), "UGYLDIG_VAERDI", "skjulForBorger");
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        fejl(med("skjulForBorgeren", true), "UKENDT_FELT", "skjulForBorgeren");
    }
}
