package dk.careledger.domain.sag;

import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.sag.SagFixtures.AFGOERELSE_ID;
import static dk.careledger.domain.sag.SagFixtures.ANSVARLIG_ENHED;
import static dk.careledger.domain.sag.SagFixtures.HANDLINGSFACET;
import static dk.careledger.domain.sag.SagFixtures.KLE_NUMMER;
import static dk.careledger.domain.sag.SagFixtures.NY_AFGOERELSE_ID;
import static dk.careledger.domain.sag.SagFixtures.SAG_ID;
import static dk.careledger.domain.sag.SagFixtures.SENDT;
import static dk.careledger.domain.sag.SagFixtures.TITEL;
import static dk.careledger.domain.sag.SagFixtures.TRUFFET;
import static dk.careledger.domain.sag.SagFixtures.afgjort;
import static dk.careledger.domain.sag.SagFixtures.afgoerelseTruffet;
import static dk.careledger.domain.sag.SagFixtures.afsluttet;
import static dk.careledger.domain.sag.SagFixtures.krypteret;
import static dk.careledger.domain.sag.SagFixtures.nyAfgoerelseTruffet;
import static dk.careledger.domain.sag.SagFixtures.oplyst;
import static dk.careledger.domain.sag.SagFixtures.revisitationStartet;
import static dk.careledger.domain.sag.SagFixtures.sagGenoplyst;
import static dk.careledger.domain.sag.SagFixtures.sagOplyst;
import static dk.careledger.domain.sag.SagFixtures.sagOprettet;
import static dk.careledger.domain.sag.SagFixtures.traefNyAfgoerelse;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.command.OmgoerAfgoerelse;
import dk.careledger.domain.sag.command.OmklassificerSag;
import dk.careledger.domain.sag.command.RetAfgoerelsensSendtDato;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.event.AfgoerelseOmgjort;
import dk.careledger.domain.sag.event.AfgoerelseSendtDatoRettet;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.sag.event.SagOmklassificeret;
import dk.careledger.domain.testfixtures.Scenarie;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 15 item 4: a sag reclassified, an afgørelse's sendtDato corrected, an afgørelse omgjort (ADR 0022). */
class SagensRettelserTest {

    private static final String HVORFOR = "Sagen blev oprettet under det forkerte emne";
    private static final Sagsklassifikation SOM_OPRETTET = new Sagsklassifikation(KLE_NUMMER, HANDLINGSFACET, ANSVARLIG_ENHED,
            Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, krypteret(TITEL));

    private final Scenarie<SagState, SagCommand, SagEvent> scenarie = SagFixtures.scenarie();

    private static SagEvent[] med(SagEvent[] foer, SagEvent... efter) {
        return Stream.concat(Stream.of(foer), Stream.of(efter)).toArray(SagEvent[]::new);
    }

    // ---- reclassification ----

    @Test
    void aSagIsReclassifiedKeepingTheOldClassificationWhole() {
        Sagsklassifikation ny = new Sagsklassifikation("27.36.06", HANDLINGSFACET, "Rehabilitering", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER,
                krypteret(TITEL));
        scenarie.given(sagOprettet())
                .when(new OmklassificerSag(SAG_ID, "27.36.06", null, "Rehabilitering", null, null, HVORFOR))
                .then(new SagOmklassificeret(SAG_ID, SOM_OPRETTET, ny, krypteret(HVORFOR), registrering()));
    }

    @Test
    void aNewTitelIsEncryptedInTheNewClassification() {
        assertThat(scenarie.given(sagOprettet())
                .when(new OmklassificerSag(SAG_ID, null, null, null, null, "Ansøgning om rehabilitering", HVORFOR)).events())
                .singleElement().isInstanceOfSatisfying(SagOmklassificeret.class,
                        e -> assertThat(e.ny().titel()).isEqualTo(krypteret("Ansøgning om rehabilitering")));
    }

    @Test
    void theStateFollowsTheNewClassificationSoTheNextCorrectionStartsFromIt() {
        SagState efter = scenarie.given(sagOprettet(), new SagOmklassificeret(SAG_ID, SOM_OPRETTET,
                new Sagsklassifikation("27.36.06", HANDLINGSFACET, ANSVARLIG_ENHED, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER,
                        krypteret(TITEL)), krypteret(HVORFOR), registrering())).state();
        assertThat(efter.klassifikation().kleNummer()).isEqualTo("27.36.06");
    }

    @Test
    void reclassifyingToTheClassificationOnRecordRecordsNothing() {
        assertThat(scenarie.given(sagOprettet())
                .when(new OmklassificerSag(SAG_ID, KLE_NUMMER, HANDLINGSFACET, null, null, null, HVORFOR)).events()).isEmpty();
    }

    @Test
    void anUnknownKleOrHandlingsfacetIsRefused() {
        scenarie.given(sagOprettet())
                .when(new OmklassificerSag(SAG_ID, "99.99.99", null, null, null, null, HVORFOR))
                .thenRefused(UGYLDIG, "UKENDT_KLE", "kleNummer");
        scenarie.given(sagOprettet())
                .when(new OmklassificerSag(SAG_ID, null, "X99", null, null, null, HVORFOR))
                .thenRefused(UGYLDIG, "UKENDT_HANDLINGSFACET", "handlingsfacet");
    }

    @Test
    void aReclassificationNeedsABegrundelse() {
        scenarie.given(sagOprettet())
                .when(new OmklassificerSag(SAG_ID, "27.36.06", null, null, null, null, null))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "begrundelse");
    }

    @Test
    void aClosedSagIsReclassifiedTooSinceTheIndexStillHoldsIt() {
        assertThat(scenarie.given(afsluttet())
                .when(new OmklassificerSag(SAG_ID, null, null, null, Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER, null, HVORFOR))
                .events()).hasSize(1);
    }

    @Test
    void anUnknownSagIsNotReclassified() {
        scenarie.given()
                .when(new OmklassificerSag(SAG_ID, "27.36.06", null, null, null, null, HVORFOR))
                .thenRefused(IKKE_FUNDET, "SAG_UKENDT", null);
    }

    // ---- sendtDato ----

    @Test
    void theSendtDatoIsCorrectedKeepingTheOldOne() {
        scenarie.given(afgjort())
                .when(new RetAfgoerelsensSendtDato(SAG_ID, AFGOERELSE_ID, SENDT.plusDays(3), "Brevet blev først sendt mandag"))
                .then(new AfgoerelseSendtDatoRettet(SAG_ID, AFGOERELSE_ID, SENDT, SENDT.plusDays(3),
                        krypteret("Brevet blev først sendt mandag"), registrering()));
    }

    @Test
    void aSendtDatoBeforeTheAfgoerelseWasMadeIsRefused() {
        scenarie.given(afgjort())
                .when(new RetAfgoerelsensSendtDato(SAG_ID, AFGOERELSE_ID, TRUFFET.minusDays(1), HVORFOR))
                .thenRefused(UGYLDIG, "DATO_FOER_GRUNDLAG", "sendtDato");
    }

    @Test
    void aSendtDatoInTheFutureIsRefused() {
        scenarie.given(afgjort())
                .when(new RetAfgoerelsensSendtDato(SAG_ID, AFGOERELSE_ID, LocalDate.of(2030, 1, 1), HVORFOR))
                .thenRefused(UGYLDIG, "DATO_I_FREMTIDEN", "sendtDato");
    }

    @Test
    void correctingTheSendtDatoOnRecordRecordsNothingAndAnUnknownAfgoerelseIsNotFound() {
        assertThat(scenarie.given(afgjort())
                .when(new RetAfgoerelsensSendtDato(SAG_ID, AFGOERELSE_ID, SENDT, HVORFOR)).events()).isEmpty();
        scenarie.given(afgjort())
                .when(new RetAfgoerelsensSendtDato(SAG_ID, NY_AFGOERELSE_ID, SENDT, HVORFOR))
                .thenRefused(IKKE_FUNDET, "AFGOERELSE_UKENDT", "afgoerelseId");
    }

    @Test
    void theSendtDatoOfAClosedSagsAfgoerelseIsCorrectedToo() {
        assertThat(scenarie.given(afsluttet())
                .when(new RetAfgoerelsensSendtDato(SAG_ID, AFGOERELSE_ID, SENDT.plusDays(1), HVORFOR)).events()).hasSize(1);
    }

    // ---- omgørelse ----

    private static final LocalDate OMGJORT = LocalDate.of(2026, 4, 10);

    private static AfgoerelseOmgjort omgjort() {
        return new AfgoerelseOmgjort(SAG_ID, AFGOERELSE_ID, Afgoerelsestype.DELVIS_BEVILLING, OMGJORT, krypteret(HVORFOR),
                registrering());
    }

    @Test
    void anAfgoerelseIsOmgjortWithWhatItWasAndWhy() {
        scenarie.given(afgjort())
                .when(new OmgoerAfgoerelse(SAG_ID, AFGOERELSE_ID, OMGJORT, HVORFOR))
                .then(omgjort());
    }

    @Test
    void afterAnOmgoerelseTheSagTakesANewAfgoerelse() {
        SagState efter = scenarie.given(med(afgjort(), omgjort())).state();
        assertThat(efter.fremdrift()).isEqualTo(Fremdrift.OPLYST);
        assertThat(efter.harAfgoerelse()).isFalse();
        assertThat(efter.fakta().afgoerelse(AFGOERELSE_ID)).hasValueSatisfying(a -> assertThat(a.omgjort()).isTrue());
        scenarie.given(med(afgjort(), omgjort())).when(traefNyAfgoerelse()).then(nyAfgoerelseTruffet());
    }

    @Test
    void anAfgoerelseIsOmgjortOnce() {
        scenarie.given(med(afgjort(), omgjort()))
                .when(new OmgoerAfgoerelse(SAG_ID, AFGOERELSE_ID, OMGJORT, HVORFOR))
                .thenRefused(KONFLIKT, "AFGOERELSE_OMGJORT", "afgoerelseId");
    }

    @Test
    void onlyTheLatestAfgoerelseIsOmgjort() {
        scenarie.given(sagOprettet(), sagOplyst(), afgoerelseTruffet(), revisitationStartet(), sagGenoplyst(), nyAfgoerelseTruffet())
                .when(new OmgoerAfgoerelse(SAG_ID, AFGOERELSE_ID, SagFixtures.NY_TRUFFET, HVORFOR))
                .thenRefused(REGEL, "AFGOERELSE_IKKE_SENESTE", "afgoerelseId");
    }

    @Test
    void anOmgoerelseIsNotDatedBeforeTheAfgoerelse() {
        scenarie.given(afgjort())
                .when(new OmgoerAfgoerelse(SAG_ID, AFGOERELSE_ID, TRUFFET.minusDays(1), HVORFOR))
                .thenRefused(UGYLDIG, "DATO_FOER_GRUNDLAG", "omgjortDato");
    }

    @Test
    void anUnknownAfgoerelseIsNotOmgjortNorOneOnAClosedSag() {
        scenarie.given(oplyst())
                .when(new OmgoerAfgoerelse(SAG_ID, AFGOERELSE_ID, OMGJORT, HVORFOR))
                .thenRefused(IKKE_FUNDET, "AFGOERELSE_UKENDT", "afgoerelseId");
        scenarie.given(afsluttet())
                .when(new OmgoerAfgoerelse(SAG_ID, AFGOERELSE_ID, OMGJORT, HVORFOR))
                .thenRefused(REGEL, "SAG_AFSLUTTET", null);
    }
}
