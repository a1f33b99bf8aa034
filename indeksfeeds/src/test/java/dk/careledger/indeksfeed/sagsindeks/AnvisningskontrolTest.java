package dk.careledger.indeksfeed.sagsindeks;

import static dk.careledger.domain.sag.Fremdrift.AFGJORT;
import static dk.careledger.domain.sag.Fremdrift.AFSLUTTET;
import static dk.careledger.domain.sag.Fremdrift.OPLYST;
import static dk.careledger.domain.sag.Fremdrift.OPSTAAET;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.KOMMUNE;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.afgjortSag;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.d;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.p;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Titel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given a Sagsregistrering (or its rendering), when the anvisning's rules are checked, then each breach is named by its rule. */
class AnvisningskontrolTest {
    private final Registreringer reg = Registreringer.nye();

    private static List<Anvisningsregel> regler(Registreringer.Byg b) {
        return Anvisningskontrol.kontroller(b.byg()).stream().map(Anvisningsbrud::regel).toList();
    }

    private List<Anvisningsregel> dokumentregler(String xml) {
        return Anvisningskontrol.kontrollerDokument(xml).stream().map(Anvisningsbrud::regel).toList();
    }

    // ---- nothing wrong ----

    @Test
    void aCompleteRegistrationAndItsRenderingBreakNoRule() {
        Sagsregistrering r = afgjortSag().byg();

        assertThat(Anvisningskontrol.kontroller(r)).isEmpty();
        assertThat(Anvisningskontrol.kontrollerDokument(reg.xml().xml(r))).isEmpty();
    }

    @Test
    void aSagClosedWithoutAfgoerelseMayGoFromOpstaaetOrOplystStraightToAfsluttet() {
        Registreringer.Byg fraOpstaaet = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-12"), p(AFSLUTTET, "2026-01-12", null));
        fraOpstaaet.afgoerelsesklasse = null;
        Registreringer.Byg fraOplyst = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-12"), p(OPLYST, "2026-01-12", "2026-01-20"),
                p(AFSLUTTET, "2026-01-20", null));
        fraOplyst.afgoerelsesklasse = null;

        assertThat(regler(fraOpstaaet)).isEmpty();
        assertThat(regler(fraOplyst)).isEmpty();
    }

    @Test
    void aRevisitationStartsANewCycleAtOpstaaetAfterAfgjortOrAfsluttet() {
        Registreringer.Byg b = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-20"), p(OPLYST, "2026-01-20", "2026-02-01"),
                p(AFGJORT, "2026-02-01", "2026-02-01"), p(AFSLUTTET, "2026-02-01", "2026-06-01"), p(OPSTAAET, "2026-06-01", "2026-06-10"),
                p(OPLYST, "2026-06-10", "2026-06-20"), p(AFGJORT, "2026-06-20", null));

        assertThat(regler(b)).isEmpty();
    }

    @Test
    void aStateTheSagPassedThroughTheSameDayIsAZeroLengthPeriodNotASkip() {
        Registreringer.Byg b = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-02-01"), p(OPLYST, "2026-02-01", "2026-02-01"),
                p(AFGJORT, "2026-02-01", null));

        assertThat(regler(b)).isEmpty();
    }

    // ---- one rule each ----

    @Test
    void aSagWithoutAValidKommuneCvrHasNoEjer() {
        Registreringer.Byg b = afgjortSag();
        b.ejerCvr = "2918942";

        assertThat(regler(b)).containsExactly(Anvisningsregel.EJER_MANGLER);
    }

    @Test
    void aSagWithoutAnsvarligEnhedHasNoAnsvarlig() {
        Registreringer.Byg b = afgjortSag();
        b.ansvarligEnhed = " ";

        assertThat(regler(b)).containsExactly(Anvisningsregel.ANSVARLIG_MANGLER);
    }

    @Test
    void theKommuneItselfCannotBeAnsvarligByItsCvrOrByACvrUrn() {
        Registreringer.Byg cvr = afgjortSag();
        cvr.ansvarligEnhed = KOMMUNE;
        Registreringer.Byg urn = afgjortSag();
        urn.ansvarligEnhed = "urn:oio:cvr-nr:" + KOMMUNE;

        assertThat(regler(cvr)).containsExactly(Anvisningsregel.ANSVARLIG_ER_MYNDIGHED);
        assertThat(regler(urn)).containsExactly(Anvisningsregel.ANSVARLIG_ER_MYNDIGHED);
    }

    @Test
    void aPrimaerKlasseMustBeAKleEmneOfSixDigits() {
        Registreringer.Byg b = afgjortSag();
        b.kleEmne = "27.36";

        assertThat(regler(b)).containsExactly(Anvisningsregel.PRIMAER_KLASSE_MANGLER);
    }

    @Test
    void aSagWithoutHandlingsfacetHasNoHandlingsklasse() {
        Registreringer.Byg b = afgjortSag();
        b.handlingsfacet = null;

        assertThat(regler(b)).containsExactly(Anvisningsregel.HANDLINGSKLASSE_MANGLER);
    }

    @Test
    void aSagWithoutAfsenderItSystemIsCaught() {
        Registreringer.Byg b = afgjortSag();
        b.afsenderItSystem = null;

        assertThat(regler(b)).containsExactly(Anvisningsregel.IT_SYSTEM_MANGLER);
    }

    @Test
    void aSagWithoutFoelsomhedIsCaught() {
        Registreringer.Byg b = afgjortSag();
        b.foelsomhed = null;

        assertThat(regler(b)).containsExactly(Anvisningsregel.FOELSOMHED_MANGLER);
    }

    @Test
    void aSagWithoutSagsnummerIsCaught() {
        Registreringer.Byg b = afgjortSag();
        b.sagsnummer = null;

        assertThat(regler(b)).containsExactly(Anvisningsregel.SAGSNUMMER_MANGLER);
    }

    @Test
    void aSagWithoutAKleTitleToFallBackOnIsCaught() {
        Registreringer.Byg b = afgjortSag();
        b.titel = new Titel(null, Registreringer.BORGER, Registreringer.CHIFFER, false);

        assertThat(regler(b)).containsExactly(Anvisningsregel.TITEL_MANGLER);
    }

    @Test
    void aSagWithoutStatesOrNotStartingAtOpstaaetLacksOpstaaet() {
        Registreringer.Byg tom = afgjortSag().tilstande();
        tom.afgoerelsesklasse = null;
        Registreringer.Byg fraOplyst = afgjortSag().tilstande(p(OPLYST, "2026-01-05", "2026-02-01"), p(AFGJORT, "2026-02-01", null));
        fraOplyst.operation = Sagsregistrering.Operation.OPDATER;

        assertThat(regler(tom)).containsExactly(Anvisningsregel.OPSTAAET_MANGLER);
        assertThat(regler(fraOplyst)).containsExactly(Anvisningsregel.OPSTAAET_MANGLER);
    }

    @Test
    void opstaaetStraightToAfgjortSkipsOplyst() {
        Registreringer.Byg b = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-02-01"), p(AFGJORT, "2026-02-01", null));

        assertThat(regler(b)).containsExactly(Anvisningsregel.TILSTAND_SPRUNGET_OVER);
    }

    @Test
    void aRepeatedStateOrAStepBackWithoutANewCycleIsNoValidChange() {
        Registreringer.Byg gentaget = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-20"), p(OPLYST, "2026-01-20", "2026-01-25"),
                p(OPLYST, "2026-01-25", "2026-02-01"), p(AFGJORT, "2026-02-01", null));
        Registreringer.Byg tilbage = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-20"), p(OPLYST, "2026-01-20", "2026-02-01"),
                p(AFGJORT, "2026-02-01", "2026-03-01"), p(OPLYST, "2026-03-01", "2026-03-10"), p(AFGJORT, "2026-03-10", null));

        assertThat(regler(gentaget)).containsExactly(Anvisningsregel.TILSTANDSSKIFT_UGYLDIG);
        assertThat(regler(tilbage)).containsExactly(Anvisningsregel.TILSTANDSSKIFT_UGYLDIG);
    }

    @Test
    void aPeriodWithoutFromDateIsCaught() {
        Registreringer.Byg b = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-20"), p(OPLYST, null, "2026-02-01"),
                p(AFGJORT, "2026-02-01", null));

        assertThat(regler(b)).contains(Anvisningsregel.VIRKNING_FRA_MANGLER);
    }

    @Test
    void aPeriodEndingBeforeItStartsRunsBackwards() {
        Registreringer.Byg b = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-20"), p(OPLYST, "2026-01-20", "2026-01-10"),
                p(AFGJORT, "2026-01-10", null));

        assertThat(regler(b)).containsExactly(Anvisningsregel.VIRKNING_BAGLAENS);
    }

    @Test
    void aGapBetweenTwoPeriodsIsNotContiguous() {
        Registreringer.Byg b = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-18"), p(OPLYST, "2026-01-20", "2026-02-01"),
                p(AFGJORT, "2026-02-01", null));

        assertThat(regler(b)).containsExactly(Anvisningsregel.VIRKNING_IKKE_SAMMENHAENGENDE);
    }

    @Test
    void anOpenPeriodBeforeTheLastIsCaught() {
        Registreringer.Byg b = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-20"), p(OPLYST, "2026-01-20", null),
                p(AFGJORT, "2026-02-01", null));

        assertThat(regler(b)).containsExactly(Anvisningsregel.VIRKNING_AABEN_FOER_SIDSTE);
    }

    @Test
    void aLastPeriodWithAnEndLeavesTheSagWithoutState() {
        Registreringer.Byg b = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-20"), p(OPLYST, "2026-01-20", "2026-02-01"),
                p(AFGJORT, "2026-02-01", "2026-03-01"));

        assertThat(regler(b)).containsExactly(Anvisningsregel.SIDSTE_TILSTAND_LUKKET);
    }

    @Test
    void anAfgoerelsesklasseNeedsAnAfgjortOrAfsluttetSagWhoseCurrentCycleWasAfgjort() {
        Registreringer.Byg oplyst = afgjortSag().i(OPLYST);
        oplyst.afgoerelsesklasse = "BEVILGET";
        Registreringer.Byg lukketUden = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-12"), p(AFSLUTTET, "2026-01-12", null));
        Registreringer.Byg revisiteret = afgjortSag().tilstande(p(OPSTAAET, "2026-01-05", "2026-01-20"), p(OPLYST, "2026-01-20", "2026-02-01"),
                p(AFGJORT, "2026-02-01", "2026-06-01"), p(OPSTAAET, "2026-06-01", null));

        assertThat(regler(oplyst)).containsExactly(Anvisningsregel.AFGOERELSESKLASSE_UDEN_AFGOERELSE);
        assertThat(regler(lukketUden)).containsExactly(Anvisningsregel.AFGOERELSESKLASSE_UDEN_AFGOERELSE);
        assertThat(regler(revisiteret)).containsExactly(Anvisningsregel.AFGOERELSESKLASSE_UDEN_AFGOERELSE);
    }

    @Test
    void anImporterMustCarryTheHistoryFromTheDayTheSagArose() {
        Registreringer.Byg sen = afgjortSag().tilstande(p(OPSTAAET, "2026-01-15", "2026-01-20"), p(OPLYST, "2026-01-20", "2026-02-01"),
                p(AFGJORT, "2026-02-01", null));
        Registreringer.Byg somOpdater = afgjortSag().tilstande(p(OPSTAAET, "2026-01-15", "2026-01-20"), p(OPLYST, "2026-01-20", "2026-02-01"),
                p(AFGJORT, "2026-02-01", null)).opdater();

        assertThat(regler(sen)).containsExactly(Anvisningsregel.IMPORT_UDEN_FULD_HISTORIK);
        assertThat(regler(somOpdater)).as("the import rule is the Importer's").isEmpty();
    }

    // ---- on the rendered document ----

    @Test
    void aDocumentWithTwoEjereOrNoAnsvarligBreaksTheRelationCounts() {
        Registreringer.Byg udenAnsvarlig = afgjortSag();
        udenAnsvarlig.ansvarligEnhed = null;
        String xml = reg.xml().xml(afgjortSag().byg());
        int start = xml.indexOf("<sag:Sagsaktoer>");
        int slut = xml.indexOf("</sag:Sagsaktoer>") + "</sag:Sagsaktoer>".length();
        String toEjere = xml.substring(0, slut) + xml.substring(start, slut) + xml.substring(slut);

        assertThat(Anvisningskontrol.kontrollerDokument(toEjere)).singleElement()
                .satisfies(b -> assertThat(b.besked()).contains("Ejer").contains("2 gange"))
                .extracting(Anvisningsbrud::regel).isEqualTo(Anvisningsregel.RELATIONSANTAL);
        assertThat(Anvisningskontrol.kontrollerDokument(reg.xml().xml(udenAnsvarlig.byg()))).singleElement()
                .satisfies(b -> assertThat(b.besked()).contains("Ansvarlig").contains("0 gange"))
                .extracting(Anvisningsbrud::regel).isEqualTo(Anvisningsregel.RELATIONSANTAL);
    }

    @Test
    void aDocumentWhoseAnsvarligPointsAtTheKommuneByCvrIsCaught() {
        String enhed = Indeksklassifikation.organisationsenhed(KOMMUNE, "hjemmepleje-nord").toString();
        String xml = reg.xml().xml(afgjortSag().byg()).replace("<sd:UUIDIdentifikator>" + enhed + "</sd:UUIDIdentifikator>",
                "<sd:URNIdentifikator>urn:oio:cvr-nr:" + KOMMUNE + "</sd:URNIdentifikator>");

        assertThat(dokumentregler(xml)).containsExactly(Anvisningsregel.ANSVARLIG_ER_MYNDIGHED);
    }

    @Test
    void aDocumentThatCannotBeReadIsSaidSoRatherThanPassed() {
        assertThat(dokumentregler("<sdi:OpdaterSagDokumentIndeksInput")).containsExactly(Anvisningsregel.DOKUMENT_ULAESELIGT);
    }

    @Test
    void everyBreachCarriesItsRuleNameAsStableCode() {
        Registreringer.Byg b = afgjortSag();
        b.opstaaetDato = d("2026-01-01");

        assertThat(Anvisningskontrol.kontroller(b.byg())).singleElement()
                .satisfies(brud -> assertThat(brud.kode()).isEqualTo("IMPORT_UDEN_FULD_HISTORIK"))
                .satisfies(brud -> assertThat(brud.besked()).contains("2026-01-05").contains("2026-01-01"));
    }
}
