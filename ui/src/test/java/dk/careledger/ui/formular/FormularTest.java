package dk.careledger.ui.formular;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.domain.felles.Afvisning;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormularTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T13:30:00Z"), ZoneOffset.UTC);
    private static final List<Valg> PERIODER = List.of(new Valg("PR_DAG", "pr. dag"), new Valg("PR_UGE", "pr. uge"));
    private static final Handling LEVERING = new Handling("levering", Handling.Maal.BEVILLING, "Registrer levering", "Gem", null, List.of(
            Felt.tidspunkt("leveret", "Leveret"),
            Felt.tekst("udfoertAf", "Udført af", true),
            Felt.heltal("omfang.minutter", "Minutter", true, null),
            Felt.valg("omfang.periode", "Pr.", true, PERIODER),
            Felt.dato("slutdato", "Slutdato", false, false),
            Felt.jaNej("erstatningTilbudt", "Erstatning er tilbudt")), List.of("leveringId"));

    @Test
    void givenANewFormThenItStartsAtTodayAndNowInDanishTimeWithACommandIdOfItsOwn() {
        Formular f = Formular.ny(LEVERING, CLOCK);

        assertThat(f.vaerdi("leveret")).isEqualTo("7.12.2026 14.30");
        assertThat(f.kommandoId()).isNotNull();
        assertThat(Formular.ny(LEVERING, CLOCK).kommandoId()).isNotEqualTo(f.kommandoId());
    }

    @Test
    void givenAFormWithSeveralMistakesWhenItIsReadThenEveryMistakeIsReportedAtItsFieldAndNothingIsSent() {
        Formular f = Formular.udfyldt(LEVERING, Map.of("leveret", "7.12.2026 25.99", "udfoertAf", " ", "omfang.minutter", "tyve",
                "omfang.periode", "PR_AAR", "slutdato", "31.2.2026"));

        assertThat(f.somJson()).isNull();
        assertThat(f.fejl()).containsOnlyKeys("leveret", "udfoertAf", "omfang.minutter", "omfang.periode", "slutdato");
        assertThat(f.fejl("udfoertAf")).isEqualTo("Udfyld udført af");
        assertThat(f.fejl("omfang.periode")).isEqualTo("Vælg pr. fra listen");
        assertThat(f.vaerdi("omfang.minutter")).as("what the user typed is kept").isEqualTo("tyve");
    }

    @Test
    void givenAWellFilledFormWhenItIsReadThenTheCommandHasUtcInstantsNestedFieldsAndServerMadeIds() {
        Formular f = Formular.udfyldt(LEVERING, Map.of("kommandoId", "0b6f8c52-7d2e-4b0e-9f43-1d7c5c1b9e01", "leveret", "7.6.2026 08.05",
                "udfoertAf", "Ida", "omfang.minutter", "20", "omfang.periode", "PR_DAG", "erstatningTilbudt", "true"));

        ObjectNode json = f.somJson();

        assertThat(json.get("leveret").asText()).as("summer time in Copenhagen is UTC+2").isEqualTo("2026-06-07T06:05:00Z");
        assertThat(json.get("omfang").get("minutter").asInt()).isEqualTo(20);
        assertThat(json.get("omfang").get("periode").asText()).isEqualTo("PR_DAG");
        assertThat(json.get("erstatningTilbudt").asBoolean()).isTrue();
        assertThat(json.has("slutdato")).as("an optional field left empty is left out").isFalse();
        assertThat(json.get("leveringId").asText()).as("the same form sent twice names the same levering")
                .isEqualTo(Formular.udfyldt(LEVERING, Map.of("kommandoId", "0b6f8c52-7d2e-4b0e-9f43-1d7c5c1b9e01")).nytId("leveringId").toString());
    }

    @Test
    void givenARefusalNamingANestedFieldThenItIsShownAtThatFieldInTheUsersWords() {
        Formular f = Formular.udfyldt(LEVERING, Map.of());

        f.afvist(Afvisning.ugyldig("OMFANG_UGYLDIG", "omfang.minutter", "Feltet 'omfang.minutter' skal være over 0"));

        assertThat(f.fejl("omfang.minutter")).isEqualTo("Feltet 'minutter' skal være over 0");
        assertThat(f.generelFejl()).isNull();
    }

    @Test
    void givenAVersionConflictThenTheFormSaysSomeoneElseChangedTheSagAndIsAConflict() {
        Formular f = Formular.udfyldt(LEVERING, Map.of());

        f.afvist(Afvisning.konflikt("VERSIONSKONFLIKT", null, "Forventet version 3, men den aktuelle version er 4"));

        assertThat(f.konflikt()).isTrue();
        assertThat(f.generelFejl()).startsWith("En anden har ændret sagen");
    }

    @Test
    void givenARefusalOfTheWholeCommandThenItIsShownAboveTheForm() {
        Formular f = Formular.udfyldt(LEVERING, Map.of());

        f.afvist(Afvisning.regel("BEVILLING_OPHOERT", null, "Bevillingen er ophørt"));

        assertThat(f.generelFejl()).isEqualTo("Bevillingen er ophørt");
        assertThat(f.fejl()).isEmpty();
    }

    @Test
    void givenARefusalNamingAnotherFieldInItsTextWhenItIsShownThenTheUserReadsTheFieldsLabelNotItsJsonName() {
        Handling ret = new Handling("startdato-rettelse", Handling.Maal.BEVILLING, "Ret startdatoen", "Ret", null, List.of(
                Felt.dato("startdato", "Rigtig startdato", true, false),
                Felt.langTekst("tilbagevirkningBegrundelse", "Hvorfor startdatoen ligger før bevillingen", false)), List.of());
        Formular f = Formular.udfyldt(ret, Map.of("startdato", "6.12.2026"));

        f.afvist(Afvisning.ugyldig("STARTDATO_FOER_BEVILLING", "startdato",
                "Startdatoen ligger før bevillingen blev givet; angiv tilbagevirkningBegrundelse, hvis den skal virke fra før"));

        assertThat(f.fejl("startdato")).isEqualTo("Startdatoen ligger før bevillingen blev givet; angiv 'hvorfor startdatoen ligger før "
                + "bevillingen', hvis den skal virke fra før");
    }
}
