package dk.careledger.commandside.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.careledger.domain.bevilling.command.AendrBevilling;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.VurderTilstand;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command reader names every bad field of a request at once, with what each field takes (issue 18 item 2). */
class FeltfejlTest {
    private final KommandoApi api = new KommandoApi(null, new ApiConfig().kommandoObjectMapper(), null, null);

    private List<Feltfejl> fejl(String krop, Class<?> type) {
        Afvisning a = catchThrowableOfType(Afvisning.class, () -> api.laesKrop(krop, type));
        assertThat(a).as("refused").isNotNull();
        return Feltfejl.alle(a);
    }

    @Test
    void givenABodyWithAWrongTypeAMalformedDateAnUnknownEnumValueAnUnknownFieldAndMissingFieldsWhenReadThenEveryErrorIsNamed() {
        List<Feltfejl> fejl = fejl("""
                {"sagId": "7d1f1f0e-2f0b-4a43-9f57-6c7a4c0e4f11", "ejer": "123", "foelsomhed": "HEMMELIG",
                 "opstaaetDato": "01-12-2026", "kleNumer": "27.36.04", "titel": "Praktisk hjælp"}""", OpretSag.class);

        assertThat(fejl).extracting(Feltfejl::felt).containsExactly("ejer", "foelsomhed", "opstaaetDato", "kleNumer", "borgerId",
                "ansvarligEnhed", "kleNummer", "handlingsfacet");
        assertThat(fejl).extracting(Feltfejl::fejlkode).containsExactly("UGYLDIG_VAERDI", "UGYLDIG_VAERDI", "UGYLDIG_VAERDI", "UKENDT_FELT",
                "FELT_PAAKRAEVET", "FELT_PAAKRAEVET", "FELT_PAAKRAEVET", "FELT_PAAKRAEVET");
    }

    @Test
    void givenAnUnknownEnumValueWhenReadThenTheRefusalListsEveryAllowedValueAndTheOneProbablyMeant() {
        Feltfejl f = fejl("{\"foelsomhed\": \"FOELSOME_PERSONOPLYSNINGER\"}", OpretSag.class).get(0);

        List<String> alle = Arrays.stream(Foelsomhed.values()).map(Enum::name).toList();
        assertThat(f.felt()).isEqualTo("foelsomhed");
        assertThat(f.tilladteVaerdier()).containsExactlyElementsOf(alle);
        assertThat(f.besked()).contains("tilladte værdier: " + String.join(", ", alle)).contains("mente du 'FOELSOMME_PERSONOPLYSNINGER'?");
        assertThat(f.menteDu()).isEqualTo("FOELSOMME_PERSONOPLYSNINGER");
    }

    @Test
    void givenADateWrittenTheDanishWayWhenReadThenTheRefusalNamesTheFormatAndTheIsoDateMeant() {
        Feltfejl f = fejl("{\"opstaaetDato\": \"01-12-2026\"}", OpretSag.class).get(0);

        assertThat(f.forventetFormat()).isEqualTo("ÅÅÅÅ-MM-DD");
        assertThat(f.besked()).contains("forventet ÅÅÅÅ-MM-DD, fx 2026-12-01").contains("fik '01-12-2026'");
        assertThat(f.menteDu()).isEqualTo("2026-12-01");
    }

    @Test
    void givenATimeWithoutAnOffsetWhenReadThenTheRefusalNamesTheFormatAndAnExample() {
        Feltfejl f = fejl("{\"leveret\": \"2026-03-20 08:15\"}", RegistrerLevering.class).get(0);

        assertThat(f.felt()).isEqualTo("leveret");
        assertThat(f.forventetFormat()).contains("ÅÅÅÅ-MM-DDTtt:mm:ss");
        assertThat(f.besked()).contains("fx 2026-03-20T08:15:00+01:00");
    }

    @Test
    void givenAMisspeltFieldWhenReadThenTheRefusalSaysWhichFieldWasMeant() {
        Feltfejl f = fejl("{\"fsiiiKode\": \"J1.1\", \"vurderetdato\": \"2026-03-03\"}", VurderTilstand.class).get(0);

        assertThat(f.fejlkode()).isEqualTo("UKENDT_FELT");
        assertThat(f.felt()).isEqualTo("vurderetdato");
        assertThat(f.besked()).contains("mente du 'vurderetDato'?");
        assertThat(f.menteDu()).isEqualTo("vurderetDato");
    }

    @Test
    void givenBadFieldsInsideANestedObjectWhenReadThenEachIsNamedByItsPath() {
        List<Feltfejl> fejl = fejl("""
                {"omfang": {"minuter": 20, "periode": "PR_UGE_X", "gange": "to"}, "virkningFra": "2026-04-01", "aarsag": "Mere hjælp"}""",
                AendrBevilling.class);

        assertThat(fejl).extracting(Feltfejl::felt).contains("omfang.minuter", "omfang.periode", "omfang.gange");
        assertThat(fejl.stream().filter(f -> f.felt().equals("omfang.minuter")).findFirst().orElseThrow().menteDu()).isEqualTo("omfang.minutter");
    }

    @Test
    void givenAMissingEnumFieldWhenReadThenTheRefusalListsTheValuesItTakes() {
        List<Feltfejl> fejl = fejl("{\"sagId\": \"7d1f1f0e-2f0b-4a43-9f57-6c7a4c0e4f11\"}", OpretSag.class);

        Feltfejl foelsomhed = fejl.stream().filter(f -> "foelsomhed".equals(f.felt())).findFirst().orElseThrow();
        assertThat(foelsomhed.fejlkode()).isEqualTo("FELT_PAAKRAEVET");
        assertThat(foelsomhed.tilladteVaerdier()).hasSize(4);
    }

    @Test
    void givenOneBadFieldWhenReadThenTheRefusalIsTheSameAsBeforeWithAListOfOne() {
        Afvisning a = catchThrowableOfType(Afvisning.class, () -> api.laesKrop("{\"leveringId\": \"7d1f1f0e-2f0b-4a43-9f57-6c7a4c0e4f11\", "
                + "\"leveret\": \"2026-03-20T08:00:00Z\", \"udfoertAf\": \"x\", \"varighedMinutter\": \"tyve\"}", RegistrerLevering.class));

        assertThat(a.fejlkode()).isEqualTo("UGYLDIG_VAERDI");
        assertThat(a.felt()).isEqualTo("varighedMinutter");
        assertThat(a.besked()).contains("forventet: et heltal");
        assertThat(Feltfejl.alle(a)).hasSize(1);
    }
}
