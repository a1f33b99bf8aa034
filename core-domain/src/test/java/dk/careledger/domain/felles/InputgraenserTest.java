package dk.careledger.domain.felles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputgraenserTest {

    @Test
    void ordinaryDanishTextWithLineBreaksTabsAndEmojiPasses() {
        String tekst = "Borgeren ønsker hjælp til bad.\r\n\tÅrsag: fald 🙂";
        assertThat(Inputgraenser.tekst(tekst, "notat")).isSameAs(tekst);
        assertThat(Inputgraenser.tekst(null, "notat")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\u0000y", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\ud800x", "x\udc00", "\ufffe", "\uffff"})
    void aControlCharacterAnUnpairedSurrogateOrANoncharacterIsRefusedWithItsPosition(String tekst) {
        assertThatThrownBy(() -> Inputgraenser.tekst(tekst, "notat")).isInstanceOfSatisfying(Afvisning.class, a -> {
            assertThat(a.fejlkode()).isEqualTo("UGYLDIGT_TEGN");
            assertThat(a.felt()).isEqualTo("notat");
            assertThat(a.besked()).contains("U+").contains("position");
        });
    }

    @Test
    void textIsBoundedByTheCommonLimitOrTheFieldsOwn() {
        assertThat(Inputgraenser.tekst("a".repeat(Inputgraenser.MAKS_TEKST), "notat")).hasSize(Inputgraenser.MAKS_TEKST);
        assertThatThrownBy(() -> Inputgraenser.tekst("a".repeat(Inputgraenser.MAKS_TEKST + 1), "notat"))
                .isInstanceOfSatisfying(Afvisning.class, a -> assertThat(a.fejlkode()).isEqualTo("FELT_FOR_LANGT"));
        assertThatThrownBy(() -> Inputgraenser.tekst("a".repeat(201), 200, "navn"))
                .isInstanceOfSatisfying(Afvisning.class, a -> assertThat(a.felt()).isEqualTo("navn"));
    }

    @Test
    void datesFrom1900To2199PassAndOthersAreRefused() {
        assertThat(Inputgraenser.dato(LocalDate.of(1900, 1, 1), "d")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Inputgraenser.dato(LocalDate.of(2199, 12, 31), "d")).isEqualTo(LocalDate.of(2199, 12, 31));
        for (LocalDate ude : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.MAX, LocalDate.MIN,
                LocalDate.ofEpochDay(1_767_225_600L)}) {
            assertThatThrownBy(() -> Inputgraenser.dato(ude, "d")).isInstanceOfSatisfying(Afvisning.class,
                    a -> assertThat(a.fejlkode()).isEqualTo("DATO_UDEN_FOR_OMRAADE"));
        }
    }

    @Test
    void timesInTheSameSpanPassAndOthersAreRefused() {
        assertThat(Inputgraenser.tidspunkt(Instant.parse("2026-03-20T08:00:00Z"), "t")).isNotNull();
        assertThat(Inputgraenser.tidspunkt(Instant.parse("2199-12-31T23:59:59Z"), "t")).isNotNull();
        assertThatThrownBy(() -> Inputgraenser.tidspunkt(Instant.parse("2200-01-01T00:00:00Z"), "t")).isInstanceOf(Afvisning.class);
        assertThatThrownBy(() -> Inputgraenser.tidspunkt(Instant.MIN, "t")).isInstanceOf(Afvisning.class);
    }

    @Test
    void theNilUuidIsRefusedAndAnyOtherPasses() {
        UUID id = UUID.randomUUID();
        assertThat(Inputgraenser.id(id, "id")).isEqualTo(id);
        assertThatThrownBy(() -> Inputgraenser.id(new UUID(0, 0), "sagId")).isInstanceOfSatisfying(Afvisning.class, a -> {
            assertThat(a.fejlkode()).isEqualTo("ID_UGYLDIG");
            assertThat(a.felt()).isEqualTo("sagId");
        });
    }
}
