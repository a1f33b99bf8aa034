package dk.careledger.indeksfeed.sagsindeks;

import static dk.careledger.indeksfeed.sagsindeks.Registreringer.afgjortSag;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Medtaget;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Given the picture a sag was last given, when a work step changes part of it, then the Opdater renders only the lists
 * that changed — the anvisning forbids egenskaber on an update that does not change them, and every Virkning sent names
 * the step's user as the one who changed it.
 */
class OpdaterKunAendringerTest {
    private static final Skemavalidering SKEMA = Skemavalidering.sagsindeks();
    private static final Instant TRIN = Instant.parse("2026-03-01T09:00:00Z");

    private final Registreringer reg = Registreringer.nye();

    @Test
    void theFirstDeliveryIsAnImporterWithEveryList() {
        Sagsregistrering r = Sagsbillede.efter(null, afgjortSag().i(Fremdrift.OPLYST).byg(), TRIN, "sb-0002");

        assertThat(r.operation()).isEqualTo(Operation.IMPORTER);
        assertThat(r.medtaget()).isEqualTo(Medtaget.ALT);
    }

    @Test
    void aStepThatOnlyMovesTheFremdriftRendersTheTilstandListeAlone() {
        Sagsregistrering forrige = afgjortSag().i(Fremdrift.OPLYST).byg();
        Registreringer.Byg naeste = afgjortSag().i(Fremdrift.AFGJORT);
        naeste.afgoerelsesklasse = forrige.afgoerelsesklasse();

        Sagsregistrering r = Sagsbillede.efter(forrige, naeste.byg(), TRIN, "sb-0002");
        String xml = reg.xml().xml(r);

        assertThat(r.operation()).isEqualTo(Operation.OPDATER);
        assertThat(r.medtaget()).isEqualTo(new Medtaget(false, true, false));
        assertThat(SKEMA.valider(xml)).isEmpty();
        assertThat(Anvisningskontrol.kontrollerDokument(xml)).isEmpty();
        assertThat(xml).contains("TilstandListe").doesNotContain("AttributListe").doesNotContain("RelationListe");
    }

    @Test
    void aNewCaseworkerRendersTheRelationListeAloneAndANewSagsstatusTheAttributListeAlone() {
        Sagsregistrering forrige = afgjortSag().byg();
        Registreringer.Byg behandler = afgjortSag();
        behandler.primaerBehandler = "sb-0009";
        Registreringer.Byg status = afgjortSag();
        status.sagsstatus = "Afventer klagefrist";

        Sagsregistrering nyBehandler = Sagsbillede.efter(forrige, behandler.byg(), TRIN, "sb-0009");
        Sagsregistrering nyStatus = Sagsbillede.efter(forrige, status.byg(), TRIN, "sb-0001");

        assertThat(nyBehandler.medtaget()).isEqualTo(new Medtaget(false, false, true));
        assertThat(nyStatus.medtaget()).isEqualTo(new Medtaget(true, false, false));
        for (Sagsregistrering r : new Sagsregistrering[] {nyBehandler, nyStatus}) {
            String xml = reg.xml().xml(r);
            assertThat(SKEMA.valider(xml)).as(xml).isEmpty();
            assertThat(Anvisningskontrol.kontrollerDokument(xml)).as(xml).isEmpty();
        }
        assertThat(reg.xml().xml(nyStatus)).contains("AttributListe").doesNotContain("RelationListe");
    }

    @Test
    void pictureComparisonIgnoresWhichListsADeliveryRendered() {
        Sagsregistrering forrige = afgjortSag().i(Fremdrift.OPLYST).byg();
        Sagsregistrering opdater = Sagsbillede.efter(forrige, afgjortSag().i(Fremdrift.AFGJORT).byg(), TRIN, "sb-0002");

        assertThat(Sagsbillede.samme(opdater, afgjortSag().i(Fremdrift.AFGJORT).byg())).isTrue();
    }

    @Test
    void anImporterWithoutItsRelationListeStillFailsTheRelationCounts() {
        String xml = reg.xml().xml(afgjortSag().byg()).replaceAll("(?s)<sag:RelationListe>.*</sag:RelationListe>", "");

        assertThat(xml).doesNotContain("RelationListe");
        assertThat(Anvisningskontrol.kontrollerDokument(xml)).extracting(Anvisningsbrud::kode).contains("RELATIONSANTAL");
    }
}
