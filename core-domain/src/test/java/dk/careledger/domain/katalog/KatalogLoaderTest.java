package dk.careledger.domain.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped catalogue ({@link Kataloglaeser#standard()}) holds what the spec guarantees. */
class KatalogLoaderTest {

    private static final Katalog KATALOG = Kataloglaeser.standard();

    @Test
    void containsEveryEmneOfTheShippedKleFileWithItsTitle() throws IOException {
        List<String[]> linjer = dataLinjer("katalog/kle-emner-2026-02.tsv");

        assertThat(linjer).hasSize(2390);
        for (String[] linje : linjer) {
            assertThat(KATALOG.kleEmne(linje[0])).as(linje[0]).contains(new KleEmne(linje[0], linje[1]));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "27.36.04|Personlig og praktisk hjælp",
        "27.36.20|Tildeling af personlig hjælp og pleje m.v. (visitation)",
        "27.34.10|Tilbud om helhedspleje",
        "29.18.00|Kommunal sygepleje i almindelighed",
        "29.21.04|Genoptræning efter sundhedsloven",
        "27.36.12|Socialpædagogisk bistand (hjælp, omsorg eller støtte samt genoptræning)",
        "27.36.06|Rehabiliteringsforløb",
        "27.36.08|Afløsning eller aflastning til ægtefælle, forældre m.v. og midlertidigt ophold",
        "27.36.16|Genoptræning og vedligeholdelsestræning efter serviceloven",
        "27.36.24|Madservice",
        "27.39.16|Kontant tilskud til ansættelse af hjælpere",
    })
    void findsKnownKleEmnerWithTheirTitles(String nummer, String titel) {
        assertThat(KATALOG.kleEmne(nummer)).contains(new KleEmne(nummer, titel));
    }

    @Test
    void splitsAKleNumberIntoHovedgruppeAndGruppe() {
        KleEmne emne = KATALOG.kleEmne("27.36.04").orElseThrow();

        assertThat(emne.hovedgruppe()).isEqualTo("27");
        assertThat(emne.gruppe()).isEqualTo("27.36");
    }

    @Test
    void givesEmptyForUnknownOrMalformedCodes() {
        assertThat(KATALOG.kleEmne("99.99.99")).isEmpty();
        assertThat(KATALOG.kleEmne("27.36.4")).isEmpty();
        assertThat(KATALOG.kleEmne("")).isEmpty();
        assertThat(KATALOG.kleEmne(null)).isEmpty();
        assertThat(KATALOG.handlingsfacet("X99")).isEmpty();
        assertThat(KATALOG.handlingsfacet(null)).isEmpty();
        assertThat(KATALOG.fsiii("A16")).isEmpty();
        assertThat(KATALOG.fsiii("a1")).isEmpty();
        assertThat(KATALOG.fsiii(null)).isEmpty();
        assertThat(KATALOG.indsats("SEL-999")).isEmpty();
        assertThat(KATALOG.indsats(null)).isEmpty();
        assertThat(KATALOG.forloebstype("SEL-100")).isEmpty();
        assertThat(KATALOG.forloebstype(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "G01|Generelle sager",
        "A53|Aktindsigt",
        "A26|Procedurer og principper",
        "K02|Klage over afgørelse",
        "K03|Klage videresendt til klageinstansen",
        "Ø30|Tilbagebetaling",
        "Ø36|Mellemkommunal refusion",
        "Ø54|Anbringelse og aflastning",
    })
    void findsTheGuaranteedHandlingsfacetter(String kode, String titel) {
        assertThat(KATALOG.handlingsfacet(kode)).contains(new Handlingsfacet(kode, titel));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Borger|false",
        "A2|Pårørende|false",
        "A3|Sagsbehandler anden forvaltning|false",
        "A4|Hjemmeplejen|false",
        "A5|Hjemmesygeplejen|false",
        "A6|Træning|false",
        "A7|Sundhedsfremme og forebyggelse|false",
        "A8|Anden kommune|false",
        "A9|Egen læge/vagtlæge|true",
        "A10|Speciallæge|true",
        "A11|Sygehus – kirurgisk|true",
        "A12|Sygehus – medicinsk|true",
        "A13|Sygehus – psykiatrisk|true",
        "A14|Sygehus – akutmodtagelse|true",
        "A15|Andre|false",
    })
    void knowsWhoAHenvendelseIsFromAndThatA9ToA14AreHenvisninger(String kode, String titel, boolean henvisning) {
        assertThat(KATALOG.fsiii(kode)).contains(new FsiiiKode(kode, titel, FsiiiGruppe.A, henvisning, false));
    }

    @Test
    void aHenvendelseFromTheCitizenIsNotAHenvisning() {
        assertThat(KATALOG.fsiii("A1")).hasValueSatisfying(a1 -> assertThat(a1.henvisning()).isFalse());
        assertThat(KATALOG.fsiii("A9")).hasValueSatisfying(a9 -> assertThat(a9.henvisning()).isTrue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "B0|B|Ingen/ubetydelige begrænsninger",
        "B1|B|Lette begrænsninger",
        "B2|B|Moderate begrænsninger",
        "B3|B|Svære begrænsninger",
        "B4|B|Totale begrænsninger",
        "B9|B|Ikke relevant",
        "C1|C|Udfører selv",
        "C2|C|Udfører dele af",
        "C3|C|Udfører ikke selv",
        "C4|C|Ikke relevant",
        "D1|D|Oplever begrænsninger",
        "D2|D|Oplever ikke begrænsninger",
        "E1|E|Fortsættes",
        "E2|E|Ændres inden for rammen",
        "E3|E|Afsluttes",
        "E4|E|Revisitation",
        "F1|F|Mestring",
        "F11|F|Boligens indretning",
        "H1|H|SEL § 83 Personlig hjælp og pleje",
        "H7|H|0-ydelser",
        "G1|G|SUL § 138 Kommunal sygepleje",
        "G2|G|0-ydelser",
    })
    void findsTheScaleViewOpfoelgningAndIndsatsgruppeCodes(String kode, FsiiiGruppe gruppe, String titel) {
        assertThat(KATALOG.fsiii(kode)).contains(new FsiiiKode(kode, titel, gruppe, false, false));
    }

    @Test
    void hasEveryCodeOfTheNumberedGroups() {
        List<String> koder = new ArrayList<>();
        IntStream.rangeClosed(1, 15).forEach(n -> koder.add("A" + n));
        IntStream.rangeClosed(0, 4).forEach(n -> koder.add("B" + n));
        koder.add("B9");
        IntStream.rangeClosed(1, 4).forEach(n -> koder.add("C" + n));
        IntStream.rangeClosed(1, 2).forEach(n -> koder.add("D" + n));
        IntStream.rangeClosed(1, 4).forEach(n -> koder.add("E" + n));
        IntStream.rangeClosed(1, 11).forEach(n -> koder.add("F" + n));
        IntStream.rangeClosed(1, 12).forEach(n -> koder.add("I" + n));
        IntStream.rangeClosed(1, 12).forEach(n -> koder.add("I" + n + ".1"));
        IntStream.rangeClosed(1, 5).forEach(n -> koder.add("J" + n + ".1"));
        IntStream.rangeClosed(1, 7).forEach(n -> koder.add("H" + n));
        IntStream.rangeClosed(1, 2).forEach(n -> koder.add("G" + n));

        for (String kode : koder) {
            assertThat(KATALOG.fsiii(kode)).as(kode)
                    .hasValueSatisfying(k -> assertThat(k.gruppe().name()).isEqualTo(kode.substring(0, 1)));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "J1.1|Vaske sig",
        "J1.2|Kropspleje",
        "J1.3|Af- og påklædning",
        "J2.1|Lave mad",
        "J2.2|Lave husligt arbejde",
        "J2.3|Indkøb",
        "J3.1|Gå",
        "J3.2|Ændre kropsstilling",
        "J4.1|Hukommelse",
        "J5.1|Lønnet beskæftigelse",
    })
    void findsTheNamedFunktionsevnetilstandeAsScored(String kode, String titel) {
        assertThat(KATALOG.fsiii(kode)).contains(new FsiiiKode(kode, titel, FsiiiGruppe.J, false, true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I1|Funktionsniveau",
        "I2|Bevægeapparat",
        "I3|Ernæring",
        "I4|Hud og slimhinder",
        "I5|Kommunikation",
        "I6|Psykosociale forhold",
        "I7|Respiration og cirkulation",
        "I8|Seksualitet, køn og kropsopfattelse",
        "I9|Smerter og sanseindtryk",
        "I10|Søvn og hvile",
        "I11|Viden og udvikling",
        "I12|Udskillelse af affaldsstoffer",
        "I4.1|Problemer med tryksår",
        "I12.1|Problemer med urininkontinens",
    })
    void findsTheTwelveHelbredsomraaderAndTheirTilstandeAsUnscored(String kode, String titel) {
        assertThat(KATALOG.fsiii(kode)).contains(new FsiiiKode(kode, titel, FsiiiGruppe.I, false, false));
    }

    @Test
    void scoresExactlyTheJCodesAndOnlyACodesCanBeHenvisninger() throws IOException {
        List<String[]> linjer = dataLinjer("katalog/fsiii.tsv");

        assertThat(linjer).hasSizeGreaterThan(100);
        for (String[] linje : linjer) {
            FsiiiKode kode = KATALOG.fsiii(linje[0]).orElseThrow();
            assertThat(kode.scoret()).as(kode.kode()).isEqualTo(kode.gruppe() == FsiiiGruppe.J);
            if (kode.henvisning()) {
                assertThat(kode.gruppe()).as(kode.kode()).isEqualTo(FsiiiGruppe.A);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SEL-83-PP|Personlig pleje|27.36.04|SEL § 83, stk. 1, nr. 1|TID|SEL-83|true",
        "SEL-83-PH|Praktisk hjælp|27.36.04|SEL § 83, stk. 1, nr. 2|TID|SEL-83|true",
        "SEL-83-MAD|Madservice|27.36.24|SEL § 83, stk. 1, nr. 3|TID|SEL-83|true",
        "SEL-83A|Rehabiliteringsforløb|27.36.06|SEL § 83 a|TID|SEL-83A|true",
        "SEL-84-AFL|Afløsning/aflastning|27.36.08|SEL § 84, stk. 1|TID|SEL-84|true",
        "SEL-84-MO|Midlertidigt ophold|27.36.08|SEL § 84, stk. 2|PLADS|SEL-84|true",
        "SEL-85|Socialpædagogisk bistand|27.36.12|SEL § 85|TID|SEL-85|true",
        "SEL-86-GEN|Genoptræning|27.36.16|SEL § 86, stk. 1|TID|SEL-86|true",
        "SEL-86-VED|Vedligeholdelsestræning|27.36.16|SEL § 86, stk. 2|TID|SEL-86|true",
        "SUL-138|Kommunal sygepleje|29.18.00|SUL § 138|TID|SUL-138|false",
        "SUL-140|Genoptræning efter sundhedsloven|29.21.04|SUL § 140|TID|SUL-140|false",
        "AEL-HELHEDSPLEJE|Helhedspleje|27.34.10|Ældreloven § 10|TID|AEL-HELHEDSPLEJE|true",
        "SEL-95|Kontant tilskud til ansættelse af hjælpere|27.39.16|SEL § 95|OEKONOMISK|SEL-83|true",
    })
    void hasEveryIndsatsOfTheSpecWithItsKleYdelsestypeAndForloebstype(String kode, String navn, String kle,
            String hjemmel, Ydelsestype ydelsestype, String forloebstype, boolean kraeverSag) {
        assertThat(KATALOG.indsats(kode))
                .contains(new Indsats(kode, navn, kle, hjemmel, ydelsestype, forloebstype, kraeverSag));
        assertThat(KATALOG.kleEmne(kle)).isPresent();
        assertThat(KATALOG.forloebstype(forloebstype)).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SEL-83|27.36.04|SEL § 83",
        "SEL-83A|27.36.06|SEL § 83 a",
        "SEL-84|27.36.08|SEL § 84",
        "SEL-85|27.36.12|SEL § 85",
        "SEL-86|27.36.16|SEL § 86",
        "SUL-138|29.18.00|SUL § 138",
        "SUL-140|29.21.04|SUL § 140",
        "AEL-HELHEDSPLEJE|27.34.10|Ældreloven § 10",
    })
    void hasEveryForloebstypeOfTheSpecWithAnExistingKleEmne(String kode, String kle, String hjemmel) {
        assertThat(KATALOG.forloebstype(kode)).hasValueSatisfying(type -> {
            assertThat(type.kleNummer()).isEqualTo(kle);
            assertThat(type.hjemmel()).isEqualTo(hjemmel);
            assertThat(type.navn()).isNotBlank();
        });
        assertThat(KATALOG.kleEmne(kle)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SEL-83", "SEL-83A", "SEL-84", "SEL-85", "SEL-86", "SUL-138", "SUL-140",
        "AEL-HELHEDSPLEJE"})
    void everyForloebstypeIsAlsoNamedByAnIndsats(String forloebstype) throws IOException {
        assertThat(dataLinjer("katalog/indsatser.tsv")).anySatisfy(l -> assertThat(l[5]).isEqualTo(forloebstype));
    }

    @Test
    void reportsTheVersionOfEachCatalogue() {
        assertThat(KATALOG.version()).isEqualTo("KLE 2026-02; handlingsfacetter 1; FSIII 2024; indsatser 1");
    }

    @Test
    void loadsTheShippedCatalogueOnceAndSharesItAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Katalog>> kald = IntStream.range(0, 32)
                    .mapToObj(i -> CompletableFuture.supplyAsync(Kataloglaeser::standard, pool))
                    .toList();
            for (CompletableFuture<Katalog> k : kald) {
                assertThat(k.get()).isSameAs(KATALOG);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The data lines of a shipped file: no comments, blank lines or header; columns split on tabs. */
    static List<String[]> dataLinjer(String resource) throws IOException {
        List<String[]> linjer = new ArrayList<>();
        try (InputStream in = KatalogLoaderTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String linje = reader.readLine(); linje != null; linje = reader.readLine()) {
                if (linje.isBlank() || linje.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                linjer.add(linje.split("\t", -1));
            }
        }
        return linjer;
    }
}
