package dk.careledger.indeksfeed.ydelsesindeks;

import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.MAANEDSBELOEB;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.TILSKUD;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.TRIN;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.XML;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.importer;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.kontantTilskud;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.personligPleje;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.rammer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.Effektueringsplan;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Given an economic bevilling (SEL § 95, 12,000 kr. a month), when it is delivered, then the plan on its bevilget ydelse
 * and one økonomisk effektuering per calendar month begun, pro rata in the first and last month.
 */
class EffektueringsregistreringTest {
    private static final LocalDate DEN_9_MARTS = LocalDate.of(2026, 3, 9);
    private final Ydelsesindekskontrol kontrol = new Ydelsesindekskontrol(XML);

    @Test
    void anEconomicBevilgetYdelseCarriesItsMonthlyForudPlan() {
        Bevillingsregistrering r = importer(kontantTilskud(DEN_9_MARTS, LocalDate.of(2026, 12, 31)));

        assertThat(r.ydelser().get(0).plan()).isEqualTo(new Effektueringsplan(DEN_9_MARTS, LocalDate.of(2027, 1, 1), MAANEDSBELOEB));
        assertThat(XML.xml(r)).contains("<bi:OekonomiskEffektueringsplan><bi:Id>1</bi:Id>"
                + "<bi:EffektueringsplanStartdato>2026-03-09T00:00:00.000+01:00</bi:EffektueringsplanStartdato>"
                + "<bi:EffektueringsplanSlutdato>2027-01-01T00:00:00.000+01:00</bi:EffektueringsplanSlutdato>"
                + "<bi:Beregningsfrekvens>" + Ydelsesklasser.BEREGNINGSFREKVENS_MAANEDLIG + "</bi:Beregningsfrekvens>"
                + "<bi:ForudBagud>Forud</bi:ForudBagud><bi:Dispositionsdag>Periodens første dag</bi:Dispositionsdag>"
                + "<bi:Ydelsesbeloeb>12000.00</bi:Ydelsesbeloeb></bi:OekonomiskEffektueringsplan>");
        assertThat(kontrol.fejl(r)).isEmpty();
        assertThat(importer(personligPleje(null)).ydelser().get(0).plan()).as("care is not paid in money").isNull();
    }

    @Test
    void anOngoingYdelseIsEffektueretForEveryMonthBegunTheFirstProRataByDays() {
        List<Effektueringsregistrering> e = Effektueringsbillede.af(kontantTilskud(DEN_9_MARTS, null), rammer(), LocalDate.of(2026, 5, 20));

        assertThat(e).extracting(Effektueringsregistrering::periode, Effektueringsregistrering::startdato, Effektueringsregistrering::slutdato,
                Effektueringsregistrering::beloebOere, Effektueringsregistrering::dispositionsdato).containsExactly(
                        tuple("2026-03", DEN_9_MARTS, LocalDate.of(2026, 4, 1), 890_323L, DEN_9_MARTS),
                        tuple("2026-04", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), MAANEDSBELOEB, LocalDate.of(2026, 4, 1)),
                        tuple("2026-05", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), MAANEDSBELOEB, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void anEndedYdelseStopsAtItsEndAndItsLastMonthIsProRata() {
        List<Effektueringsregistrering> e = Effektueringsbillede.af(kontantTilskud(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 14)),
                rammer(), LocalDate.of(2027, 1, 1));

        assertThat(e).extracting(Effektueringsregistrering::periode, Effektueringsregistrering::slutdato, Effektueringsregistrering::beloebOere)
                .containsExactly(tuple("2026-03", LocalDate.of(2026, 4, 1), MAANEDSBELOEB), tuple("2026-04", LocalDate.of(2026, 4, 15), 560_000L));
        assertThat(e).allSatisfy(x -> {
            assertThat(x.bevillingFra()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(x.bevillingTil()).isEqualTo(LocalDate.of(2026, 4, 15));
        });
    }

    @Test
    void noEffektueringForCareForTheVentelisteOrForAMonthNotYetBegun() {
        assertThat(Effektueringsbillede.af(personligPleje(null), rammer(), LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(Effektueringsbillede.af(kontantTilskud(null, null), rammer(), LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(Effektueringsbillede.af(kontantTilskud(DEN_9_MARTS, null), rammer(), DEN_9_MARTS.minusDays(1))).isEmpty();
        assertThat(Effektueringsbillede.af(kontantTilskud(DEN_9_MARTS, DEN_9_MARTS.minusDays(3)), rammer(), LocalDate.of(2027, 1, 1)))
                .as("stopped before it started").isEmpty();
    }

    @Test
    void everyMonthsEffektueringIsImportedAndUpdatedAsItsOwnObjectThatPassesSchemaAndAnvisning() {
        List<Effektueringsregistrering> e = Effektueringsbillede.af(kontantTilskud(DEN_9_MARTS, null), rammer(), LocalDate.of(2026, 5, 1));

        for (Effektueringsregistrering x : e) {
            Effektueringsregistrering importeret = Effektueringsbillede.medTrin(x, Operation.IMPORTER, TRIN, "sb-0001");
            Effektueringsregistrering opdateret = Effektueringsbillede.medTrin(x, Operation.OPDATER, TRIN, "careledger:maanedsluk");

            assertThat(kontrol.fejl(importeret)).as(x.periode()).isEmpty();
            assertThat(kontrol.fejl(opdateret)).as(x.periode()).isEmpty();
        }
        String xml = XML.xml(Effektueringsbillede.medTrin(e.get(0), Operation.IMPORTER, TRIN, "sb-0001"));
        assertThat(xml).startsWith("<yi:ImporterYdelseIndeksInput").contains("<oei:SamletBruttobeloeb>8903.23</oei:SamletBruttobeloeb>")
                .contains("<oei:Klassifikationsbeskrivelse>27.39.16</oei:Klassifikationsbeskrivelse>")
                .contains("<oei:BevilgetYdelseRef><sd:UUIDIdentifikator>" + TILSKUD + "</sd:UUIDIdentifikator>"
                        + "<oei:BevilgetYdelseId>SEL-95</oei:BevilgetYdelseId></oei:BevilgetYdelseRef>")
                .contains("urn:oio:cpr-nr:0101801234");
    }

    @Test
    void anOphoerWithinADeliveredMonthChangesThatMonthsPictureUnderTheSameUuid() {
        Effektueringsregistrering april = Effektueringsbillede.af(kontantTilskud(DEN_9_MARTS, null), rammer(), LocalDate.of(2026, 4, 1)).get(1);

        Effektueringsregistrering efterOphoer = Effektueringsbillede.af(kontantTilskud(DEN_9_MARTS, LocalDate.of(2026, 4, 14)), rammer(),
                LocalDate.of(2026, 4, 1)).get(1);

        assertThat(efterOphoer.effektueringUuid()).isEqualTo(april.effektueringUuid()).isEqualTo(Effektueringsbillede.uuid(TILSKUD, "2026-04"));
        assertThat(Effektueringsbillede.samme(april, efterOphoer)).isFalse();
        assertThat(efterOphoer.beloebOere()).isEqualTo(560_000L);
        assertThat(Effektueringsbillede.samme(april, Effektueringsbillede.medTrin(april, Operation.OPDATER, TRIN, "x"))).isTrue();
    }

    @Test
    void theStoredFormOfAnEffektueringReadsBackEqual() {
        Effektueringsregistrering e = Effektueringsbillede.medTrin(
                Effektueringsbillede.af(kontantTilskud(DEN_9_MARTS, null), rammer(), DEN_9_MARTS).get(0), Operation.IMPORTER, TRIN, "sb-0001");

        String json = Ydelsesregistreringer.json(e);

        assertThat(json).contains("\"objekt\":\"OEKONOMISK_EFFEKTUERING\"");
        assertThat(Ydelsesregistreringer.fraJson(json)).isEqualTo(e);
    }
}
