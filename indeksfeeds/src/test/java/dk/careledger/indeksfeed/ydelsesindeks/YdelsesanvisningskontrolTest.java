package dk.careledger.indeksfeed.ydelsesindeks;

import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.TRIN;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.XML;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.importer;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.kontantTilskud;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.personligPleje;
import static dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindeksfixtures.rammer;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.BevilgetYdelse;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.Bevillingssag;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.Effektueringsplan;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesanvisningskontrol.Anvisningsbrud;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesanvisningskontrol.Regel;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given a rendered request that breaks one of the anvisning's rules (through its registration or by editing the
 * document), when it is checked, then that rule is reported with its stable code — and a request that keeps them all is
 * not reported at all.
 */
class YdelsesanvisningskontrolTest {
    private static final Bevillingsregistrering PLEJE = importer(personligPleje(null));
    private static final Effektueringsregistrering MAANED = Effektueringsbillede.medTrin(
            Effektueringsbillede.af(kontantTilskud(LocalDate.of(2026, 3, 1), null), rammer(), LocalDate.of(2026, 3, 1)).get(0),
            Operation.IMPORTER, TRIN, "sb-0001");

    /** One way to break a rule: the registration checked and the document checked (rendered, then possibly edited). */
    private record Brud(Regel regel, String hvordan, Ydelsesregistrering registrering, String xml) {
        @Override
        public String toString() {
            return regel + " (" + hvordan + ")";
        }
    }

    private static Brud model(Regel regel, String hvordan, Ydelsesregistrering r) {
        return new Brud(regel, hvordan, r, XML.xml(r));
    }

    private static Brud rettet(Regel regel, String hvordan, Ydelsesregistrering r, UnaryOperator<String> ret) {
        String xml = XML.xml(r);
        String rettet = ret.apply(xml);
        assertThat(rettet).as("the edit for " + regel + " applies").isNotEqualTo(xml);
        return new Brud(regel, hvordan, r, rettet);
    }

    private static Bevillingsregistrering ydelser(Bevillingsregistrering b, List<BevilgetYdelse> ydelser) {
        return new Bevillingsregistrering(b.operation(), b.bevillingUuid(), b.tidspunkt(), b.brugerRef(), b.ejerCvr(), b.ejerNavn(),
                b.ansvarligEnhed(), b.foelsomhed(), b.borgerId(), b.sag(), b.masterItSystem(), b.afsenderItSystem(), b.bevilgetDato(), ydelser);
    }

    private static Bevillingsregistrering ydelse(Bevillingsregistrering b, Function<BevilgetYdelse, BevilgetYdelse> aendring) {
        return ydelser(b, List.of(aendring.apply(b.ydelser().get(0))));
    }

    private static BevilgetYdelse kle(BevilgetYdelse y, String kle) {
        return new BevilgetYdelse(y.id(), y.navn(), y.indsatsKode(), kle, y.kleTitel(), y.startdato(), y.slutdato(), y.plan());
    }

    private static BevilgetYdelse periode(BevilgetYdelse y, LocalDate start, LocalDate slut) {
        return new BevilgetYdelse(y.id(), y.navn(), y.indsatsKode(), y.kleEmne(), y.kleTitel(), start, slut, y.plan());
    }

    private static BevilgetYdelse plan(BevilgetYdelse y, Effektueringsplan p) {
        return new BevilgetYdelse(y.id(), y.navn(), y.indsatsKode(), y.kleEmne(), y.kleTitel(), y.startdato(), y.slutdato(), p);
    }

    private static Bevillingsregistrering sag(Bevillingsregistrering b, Bevillingssag sag) {
        return new Bevillingsregistrering(b.operation(), b.bevillingUuid(), b.tidspunkt(), b.brugerRef(), b.ejerCvr(), b.ejerNavn(),
                b.ansvarligEnhed(), b.foelsomhed(), b.borgerId(), sag, b.masterItSystem(), b.afsenderItSystem(), b.bevilgetDato(), b.ydelser());
    }

    private static Bevillingsregistrering ejer(Bevillingsregistrering b, String cvr, UUID master) {
        return new Bevillingsregistrering(b.operation(), b.bevillingUuid(), b.tidspunkt(), b.brugerRef(), cvr, b.ejerNavn(), b.ansvarligEnhed(),
                null, b.borgerId(), b.sag(), master, b.afsenderItSystem(), b.bevilgetDato(), b.ydelser());
    }

    private static Effektueringsregistrering effektuering(Effektueringsregistrering e, LocalDate start, LocalDate slut, long beloeb,
            String ydelseId) {
        return new Effektueringsregistrering(e.operation(), e.effektueringUuid(), e.tidspunkt(), e.brugerRef(), e.bevillingUuid(), ydelseId,
                e.ejerCvr(), e.ejerNavn(), e.borgerId(), e.masterItSystem(), e.afsenderItSystem(), e.indsatsKode(), e.kleEmne(), e.periode(),
                start, slut, beloeb, start, e.bevillingFra(), e.bevillingTil());
    }

    private static Effektueringsregistrering udenMasterOgMedKleGruppe(Effektueringsregistrering e) {
        return new Effektueringsregistrering(e.operation(), e.effektueringUuid(), e.tidspunkt(), e.brugerRef(), e.bevillingUuid(),
                e.bevilgetYdelseId(), e.ejerCvr(), e.ejerNavn(), e.borgerId(), null, e.afsenderItSystem(), e.indsatsKode(), "27.39", e.periode(),
                e.startdato(), e.slutdato(), e.beloebOere(), e.dispositionsdato(), e.bevillingFra(), e.bevillingTil());
    }

    static Stream<Brud> brud() {
        BevilgetYdelse y = PLEJE.ydelser().get(0);
        LocalDate marts = LocalDate.of(2026, 3, 1);
        return Stream.of(
                new Brud(Regel.DOKUMENT_ULAESELIGT, "cut off", PLEJE, XML.xml(PLEJE).substring(0, 200)),
                new Brud(Regel.OPERATION, "an Opdater where the registration is an Importer", PLEJE,
                        XML.xml(Bevillingsbillede.medTrin(PLEJE, Operation.OPDATER, TRIN, "sb-0001"))),
                rettet(Regel.OPERATION, "two bevillinger in one request", PLEJE, x -> x.replaceFirst(
                        "(<yi:BevillingIndeks>.*</yi:BevillingIndeks>)", "$1$1")),
                rettet(Regel.OBJEKT_UUID, "another bevilling's request", PLEJE, x -> x.replace(PLEJE.bevillingUuid().toString(),
                        UUID.randomUUID().toString())),
                rettet(Regel.TIDSPUNKT, "no Tidspunkt", PLEJE, x -> x.replaceFirst("<sd:Tidspunkt>[^<]*</sd:Tidspunkt>", "")),
                rettet(Regel.IMPORT_REGISTRERING, "LivscyklusKode Opstaaet", PLEJE, x -> x.replace(">Importeret<", ">Opstaaet<")),
                rettet(Regel.IMPORT_REGISTRERING, "no BrugerRef", PLEJE, x -> x.replaceFirst("<sd:BrugerRef>.*?</sd:BrugerRef>", "")),
                rettet(Regel.VIRKNING, "infinity as FraTidspunkt", PLEJE, x -> x.replaceFirst(
                        "<sd:FraTidspunkt><sd:TidsstempelDatoTid>[^<]*</sd:TidsstempelDatoTid>",
                        "<sd:FraTidspunkt><sd:GraenseIndikator>true</sd:GraenseIndikator>")),
                rettet(Regel.VIRKNING, "AktoerTypeKode Organisation", PLEJE, x -> x.replaceFirst(">Bruger</sd:AktoerTypeKode>",
                        ">Organisation</sd:AktoerTypeKode>")),
                rettet(Regel.RELATION, "a Bevillingssag without ReferenceID", PLEJE, x -> x.replaceFirst(
                        "(<bi:Bevillingssag>.*?)<gd:ReferenceID>.*?</gd:ReferenceID>", "$1")),
                model(Regel.EGENSKABER, "no Foelsomhed", ejer(PLEJE, PLEJE.ejerCvr(), PLEJE.masterItSystem())),
                model(Regel.EJER, "no Ejer", ejer(PLEJE, null, PLEJE.masterItSystem())),
                rettet(Regel.EJER, "a CVR-nr other than the ReferenceID's", PLEJE, x -> x.replace("<bi:CVR-nr>29189420</bi:CVR-nr>",
                        "<bi:CVR-nr>55133018</bi:CVR-nr>")),
                rettet(Regel.ANSVARLIG, "two Ansvarlig", PLEJE, x -> x.replaceFirst(
                        "(<bi:Bevillingsaktoer>(?:(?!</bi:Bevillingsaktoer>).)*" + Ydelsesklasser.ROLLE_ANSVARLIG + ".*?</bi:Bevillingsaktoer>)",
                        "$1$1")),
                rettet(Regel.PART, "two Bevillingspart", PLEJE, x -> x.replaceFirst("(<bi:Bevillingspart>.*?</bi:Bevillingspart>)", "$1$1")),
                rettet(Regel.PART, "a part that is not a person", PLEJE, x -> x.replace("urn:oio:cpr-nr:0101801234", "urn:oio:cvr-nr:29189420")),
                model(Regel.BEVILGET_YDELSE_MANGLER, "no ydelser", ydelser(PLEJE, List.of())),
                model(Regel.BEVILGET_YDELSE_ID, "two ydelser with one Id", ydelser(PLEJE, List.of(y, y))),
                model(Regel.KLE_MANGLER, "no KLE", ydelse(PLEJE, v -> kle(v, null))),
                model(Regel.KLE_UGYLDIG, "a gruppe, not an emne", ydelse(PLEJE, v -> kle(v, "27.36"))),
                model(Regel.STARTDATO_MANGLER, "the venteliste", ydelse(PLEJE, v -> periode(v, null, null))),
                model(Regel.PERIODE_OMVENDT, "an end before the start", ydelse(PLEJE, v -> periode(v, marts, marts.minusDays(1)))),
                new Brud(Regel.BEVILLINGSSAG_UDEN_SAG, "a Bevillingssag the bevilling does not have", sag(PLEJE, null), XML.xml(PLEJE)),
                new Brud(Regel.BEVILLINGSSAG_MANGLER, "the sag left out", PLEJE, XML.xml(sag(PLEJE, null))),
                new Brud(Regel.BEVILLINGSSAG_REFERENCE, "another sag", PLEJE, XML.xml(sag(PLEJE, new Bevillingssag(UUID.randomUUID(), "x")))),
                model(Regel.IT_SYSTEM, "no Master", ejer(PLEJE, PLEJE.ejerCvr(), null)),
                model(Regel.BELOEB_NEGATIV, "a negative plan", ydelse(PLEJE, v -> plan(v, new Effektueringsplan(v.startdato(), null, -1)))),
                model(Regel.BELOEB_NEGATIV, "a negative effektuering", effektuering(MAANED, marts, marts.plusMonths(1), -100, "SEL-95")),
                model(Regel.EFFEKTUERING_PERIODE, "an empty month", effektuering(MAANED, marts, marts, 0, "SEL-95")),
                rettet(Regel.EFFEKTUERING_SUM, "the parts do not add up", MAANED, x -> x.replace("<oei:Ydelsesbeloeb>12000.00<",
                        "<oei:Ydelsesbeloeb>11000.00<")),
                model(Regel.EFFEKTUERING_UDENFOR_BEVILLING, "a month before the bevilling",
                        effektuering(MAANED, marts.minusMonths(1), marts, 1_200_000, "SEL-95")),
                model(Regel.EFFEKTUERING_REFERENCE, "another bevilget ydelse", effektuering(MAANED, marts, marts.plusMonths(1), 1_200_000, null)),
                model(Regel.IT_SYSTEM, "an effektuering without Master", udenMasterOgMedKleGruppe(MAANED)),
                model(Regel.KLE_UGYLDIG, "an effektuering classified by a gruppe", udenMasterOgMedKleGruppe(MAANED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brud")
    void eachBrokenRuleIsReportedWithItsStableCode(Brud b) {
        List<Anvisningsbrud> fundet = Ydelsesanvisningskontrol.kontroller(b.registrering(), b.xml());

        assertThat(fundet).extracting(Anvisningsbrud::regel).as(fundet.toString()).contains(b.regel());
    }

    @Test
    void everyRuleHasACaseThatBreaksIt() {
        Set<Regel> daekket = EnumSet.noneOf(Regel.class);
        brud().forEach(b -> daekket.add(b.regel()));

        assertThat(daekket).containsExactlyInAnyOrder(Regel.values());
    }

    @Test
    void requestsThatKeepTheRulesAreNotReportedAndABrokenOneSaysWhatWasFound() {
        assertThat(Ydelsesanvisningskontrol.kontroller(PLEJE, XML.xml(PLEJE))).isEmpty();
        assertThat(Ydelsesanvisningskontrol.kontroller(MAANED, XML.xml(MAANED))).isEmpty();

        Bevillingsregistrering udenKle = ydelse(PLEJE, v -> kle(v, "27.36"));
        assertThat(Ydelsesanvisningskontrol.kontroller(udenKle, XML.xml(udenKle))).extracting(Anvisningsbrud::toString)
                .containsExactly("KLE_UGYLDIG: BevilgetYdelse SEL-83-PP har KLE 27.36, ikke et emne NN.NN.NN");
    }
}
