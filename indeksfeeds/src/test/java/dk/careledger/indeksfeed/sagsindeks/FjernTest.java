package dk.careledger.indeksfeed.sagsindeks;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.indeksfeed.Leveranceaarsag;
import dk.careledger.indeksfeed.Leverancelog.Leverance;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Given an index sag that a regrouping under another case concept removed (ADR 0014), when its Fjern is rendered and
 * checked, then it is a valid {@code FjernSagDokumentIndeksInput} that names that one sag and nothing personal.
 */
class FjernTest {
    private static final Skemavalidering SKEMA = Skemavalidering.sagsindeks();
    private static final Instant NU = Instant.parse("2026-11-22T09:00:00Z");

    private final Registreringer data = Registreringer.nye();

    private static Sagsregistrering fjernet() {
        return Sagsbillede.fjern(Registreringer.afgjortSag().byg(), NU, "politikchef");
    }

    @Test
    void aFjernOfTheLastDeliveredPictureKeepsThatPictureButIsARemovalAtTheStepsTimeByItsUser() {
        Sagsregistrering r = fjernet();

        assertThat(r.operation()).isEqualTo(Operation.FJERN);
        assertThat(r.sagUuid()).isEqualTo(Registreringer.SAG);
        assertThat(r.tidspunkt()).isEqualTo(NU);
        assertThat(r.brugerRef()).isEqualTo("politikchef");
        assertThat(r.borgerId()).isEqualTo(Registreringer.BORGER);
        assertThat(Sagsbillede.iIndekset(r)).as("the index holds nothing of it afterwards").isNull();
        assertThat(Sagsregistreringer.fraJson(Sagsregistreringer.json(r))).isEqualTo(r);
    }

    @Test
    void aFjernRendersOnlyTheSagsUuidAndValidatesAgainstTheXsdAndTheAnvisningChecks() {
        String xml = data.xml().xml(fjernet());

        assertThat(xml).startsWith("<sdi:FjernSagDokumentIndeksInput").contains("<sd:UUIDIdentifikator>" + Registreringer.SAG + "<")
                .contains("<sdi:FjernOgsaaYdelse>false</sdi:FjernOgsaaYdelse>");
        assertThat(xml).as("nothing personal, no content").doesNotContain(Registreringer.CPR).doesNotContain(Registreringer.EGEN_TITEL)
                .doesNotContain("Titel").doesNotContain("RelationListe");
        assertThat(SKEMA.valider(xml)).isEmpty();
        assertThat(Anvisningskontrol.kontroller(fjernet())).isEmpty();
        assertThat(Anvisningskontrol.kontrollerDokument(xml)).isEmpty();
        assertThat(new SagsindeksKontrol(data.xml(), SKEMA).fejl(fjernet())).isEmpty();
    }

    @Test
    void aFjernThatNamesNoSagOrSeveralOrSearchesIsRefusedByTheAnvisningCheck() {
        String en = data.xml().xml(fjernet());
        String ingen = en.replaceAll("<sdi:SagUuid>.*</sdi:SagUuid>", "");
        String to = en.replace("</sdi:SagUuid>", "</sdi:SagUuid><sdi:SagUuid><sd:UUIDIdentifikator>" + UUID.randomUUID()
                + "</sd:UUIDIdentifikator></sdi:SagUuid>");
        String urn = en.replaceAll("<sd:UUIDIdentifikator>[^<]*</sd:UUIDIdentifikator>",
                "<sd:URNIdentifikator>urn:oio:sag:1</sd:URNIdentifikator>");

        for (String xml : new String[] {ingen, to, urn}) {
            assertThat(SKEMA.valider(xml)).as("the schema allows it: %s", xml).isEmpty();
            assertThat(Anvisningskontrol.kontrollerDokument(xml)).extracting(Anvisningsbrud::regel)
                    .containsExactly(Anvisningsregel.FJERN_IKKE_PRAECIS_EN_SAG);
        }
    }

    @Test
    void aFjernThatWouldAlsoRemoveTheYdelsesindeksBevillingerIsRefused() {
        String xml = data.xml().xml(fjernet()).replace(">false<", ">true<");

        assertThat(SKEMA.valider(xml)).isEmpty();
        assertThat(Anvisningskontrol.kontrollerDokument(xml)).extracting(Anvisningsbrud::regel)
                .containsExactly(Anvisningsregel.FJERN_OGSAA_YDELSE);
    }

    @Test
    void aStoredFjernIsGivenAsJsonWithoutResolvingAnyPersonalValue() {
        Leverance l = new Leverance(7, UUID.randomUUID(), Registreringer.SAG, "FJERN", Leveranceaarsag.KORREKTION, NU, 42,
                Sagsregistreringer.json(fjernet()));

        SagsindeksGengivelse.Gengivet g = new SagsindeksGengivelse(data.xml(), data.dekryptering, data.opslag).json(l);

        assertThat(g.registrering().operation()).isEqualTo(Operation.FJERN);
        assertThat(g.titel()).isNull();
        assertThat(g.primaerPart()).isNull();
        assertThat(g.primaerPartNavn()).isNull();
    }
}
