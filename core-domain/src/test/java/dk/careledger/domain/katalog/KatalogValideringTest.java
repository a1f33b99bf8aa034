package dk.careledger.domain.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A malformed catalogue file stops loading with an {@link IllegalStateException} naming the file and line.
 * Each test starts from a small valid set of files and breaks one line.
 */
class KatalogValideringTest {

    private static final Katalogfil KLE = fil("test/kle-emner-2026-02.tsv", """
            kle\ttitle
            27.36.04\tPersonlig og praktisk hjælp
            29.18.00\tKommunal sygepleje i almindelighed
            """);
    private static final Katalogfil HANDLINGSFACETTER = fil("test/handlingsfacetter.tsv", """
            # version: handlingsfacetter 1
            kode\ttitel
            G01\tGenerelle sager
            Ø30\tTilbagebetaling
            """);
    private static final Katalogfil FSIII = fil("test/fsiii.tsv", """
            # version: FSIII 2024
            kode\tgruppe\ttitel\thenvisning\tscoret
            A1\tA\tBorger\tfalse\tfalse
            A9\tA\tEgen læge/vagtlæge\ttrue\tfalse
            J1.1\tJ\tVaske sig\tfalse\ttrue
            I4.1\tI\tProblemer med tryksår\tfalse\tfalse
            """);
    private static final Katalogfil FORLOEBSTYPER = fil("test/forloebstyper.tsv", """
            # version: indsatser 1
            kode\tnavn\tkle\thjemmel
            SEL-83\tPersonlig og praktisk hjælp\t27.36.04\tSEL § 83
            SUL-138\tKommunal sygepleje\t29.18.00\tSUL § 138
            """);
    private static final Katalogfil INDSATSER = fil("test/indsatser.tsv", """
            # version: indsatser 1
            kode\tnavn\tkle\thjemmel\tydelsestype\tforloebstype\tkraeverSag
            SEL-83-PP\tPersonlig pleje\t27.36.04\tSEL § 83, stk. 1, nr. 1\tTID\tSEL-83\ttrue
            SUL-138\tKommunal sygepleje\t29.18.00\tSUL § 138\tTID\tSUL-138\tfalse
            """);

    private static final Katalogfiler GYLDIGE =
            new Katalogfiler(KLE, HANDLINGSFACETTER, FSIII, INDSATSER, FORLOEBSTYPER);

    @Test
    void loadsASmallValidSetOfFiles() {
        Katalog katalog = Kataloglaeser.fra(GYLDIGE);

        assertThat(katalog.version()).isEqualTo("KLE 2026-02; handlingsfacetter 1; FSIII 2024; indsatser 1");
        assertThat(katalog.kleEmne("29.18.00")).contains(new KleEmne("29.18.00", "Kommunal sygepleje i almindelighed"));
        assertThat(katalog.handlingsfacet("Ø30")).contains(new Handlingsfacet("Ø30", "Tilbagebetaling"));
        assertThat(katalog.fsiii("A9")).contains(new FsiiiKode("A9", "Egen læge/vagtlæge", FsiiiGruppe.A, true, false));
        assertThat(katalog.indsats("SUL-138")).contains(new Indsats("SUL-138", "Kommunal sygepleje", "29.18.00",
                "SUL § 138", Ydelsestype.TID, "SUL-138", false));
        assertThat(katalog.forloebstype("SEL-83"))
                .contains(new Forloebstype("SEL-83", "Personlig og praktisk hjælp", "27.36.04", "SEL § 83"));
    }

    @Test
    void skipsCommentsAndBlankLinesAndAcceptsWindowsLineEndingsAndAByteOrderMark() {
        Katalogfil kle = fil("test/kle-emner-2026-02.tsv",
                "\uFEFF# KLE\r\n\r\nkle\ttitle\r\n27.36.04\tPersonlig og praktisk hjælp\r\n"
                        + "# a comment\r\n29.18.00\tKommunal sygepleje i almindelighed\r\n");

        Katalog katalog = Kataloglaeser.fra(GYLDIGE.medKle(kle));

        assertThat(katalog.kleEmne("27.36.04")).contains(new KleEmne("27.36.04", "Personlig og praktisk hjælp"));
        assertThat(katalog.kleEmne("29.18.00")).isPresent();
    }

    @Test
    void takesTheKleVersionFromAVersionLineBeforeTheFileName() {
        Katalogfil kle = fil("test/kle.tsv", "# version: KLE 2026-08\n" + KLE.indhold());

        assertThat(Kataloglaeser.fra(GYLDIGE.medKle(kle)).version()).startsWith("KLE 2026-08; ");
    }

    @Test
    void rejectsAKleFileWhoseVersionIsUnknown() {
        Katalogfil kle = fil("test/kle.tsv", KLE.indhold());

        assertThatThrownBy(() -> Kataloglaeser.fra(GYLDIGE.medKle(kle)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test/kle.tsv")
                .hasMessageContaining("version");
    }

    @Test
    void rejectsAKleNumberThatIsNotNNNNNN() {
        Katalogfil kle = fil(KLE.navn(), """
                kle\ttitle
                27.36.04\tPersonlig og praktisk hjælp
                27.36.4\tNoget
                """);

        assertRejected(GYLDIGE.medKle(kle), "test/kle-emner-2026-02.tsv, line 3", "'27.36.4' is not NN.NN.NN");
    }

    @Test
    void rejectsADuplicateKleEmne() {
        Katalogfil kle = fil(KLE.navn(), KLE.indhold() + "27.36.04\tPersonlig og praktisk hjælp igen\n");

        assertRejected(GYLDIGE.medKle(kle), "test/kle-emner-2026-02.tsv, line 4",
                "duplicate KLE emne 27.36.04 (first on line 2)");
    }

    @Test
    void rejectsAFileWithTheWrongHeader() {
        Katalogfil facetter = fil(HANDLINGSFACETTER.navn(), """
                # version: handlingsfacetter 1
                code\ttitle
                G01\tGenerelle sager
                """);

        assertRejected(GYLDIGE.medHandlingsfacetter(facetter), "test/handlingsfacetter.tsv, line 2",
                "expected the header kode<TAB>titel");
    }

    @Test
    void rejectsAFileWithoutAHeader() {
        Katalogfil facetter = fil(HANDLINGSFACETTER.navn(), "# version: handlingsfacetter 1\n\n");

        assertThatThrownBy(() -> Kataloglaeser.fra(GYLDIGE.medHandlingsfacetter(facetter)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test/handlingsfacetter.tsv has no header line");
    }

    @Test
    void rejectsALineWithTheWrongNumberOfColumns() {
        Katalogfil kle = fil(KLE.navn(), """
                kle\ttitle
                27.36.04 Personlig og praktisk hjælp
                """);

        assertRejected(GYLDIGE.medKle(kle), "test/kle-emner-2026-02.tsv, line 2",
                "expected 2 tab-separated columns (kle, title) but found 1");
    }

    @Test
    void rejectsAnEmptyField() {
        Katalogfil facetter = fil(HANDLINGSFACETTER.navn(), """
                kode\ttitel
                G01\t\s
                """);

        assertRejected(GYLDIGE.medHandlingsfacetter(facetter), "test/handlingsfacetter.tsv, line 2", "empty titel");
    }

    @Test
    void rejectsAMalformedHandlingsfacet() {
        Katalogfil facetter = fil(HANDLINGSFACETTER.navn(), """
                kode\ttitel
                G01\tGenerelle sager
                g1\tNoget
                """);

        assertRejected(GYLDIGE.medHandlingsfacetter(facetter), "test/handlingsfacetter.tsv, line 3",
                "handlingsfacet 'g1' is not a capital letter and two digits");
    }

    @Test
    void rejectsADuplicateHandlingsfacet() {
        Katalogfil facetter = fil(HANDLINGSFACETTER.navn(), HANDLINGSFACETTER.indhold() + "G01\tIgen\n");

        assertRejected(GYLDIGE.medHandlingsfacetter(facetter), "test/handlingsfacetter.tsv, line 5",
                "duplicate handlingsfacet G01 (first on line 3)");
    }

    @Test
    void rejectsADuplicateFsiiiCode() {
        Katalogfil fsiii = fil(FSIII.navn(), FSIII.indhold() + "A1\tA\tBorger igen\tfalse\tfalse\n");

        assertRejected(GYLDIGE.medFsiii(fsiii), "test/fsiii.tsv, line 7", "duplicate FSIII code A1 (first on line 3)");
    }

    @Test
    void rejectsAnUnknownFsiiiGruppe() {
        Katalogfil fsiii = fil(FSIII.navn(), FSIII.indhold() + "X1\tX\tNoget\tfalse\tfalse\n");

        assertRejected(GYLDIGE.medFsiii(fsiii), "test/fsiii.tsv, line 7", "unknown FSIII gruppe 'X'");
    }

    @Test
    void rejectsAnFsiiiCodeThatDoesNotBelongToItsGruppe() {
        Katalogfil fsiii = fil(FSIII.navn(), FSIII.indhold() + "B1\tA\tLette begrænsninger\tfalse\tfalse\n");

        assertRejected(GYLDIGE.medFsiii(fsiii), "test/fsiii.tsv, line 7", "FSIII code 'B1' is not A<n> or A<n>.<m>");
    }

    @Test
    void rejectsAHenvisningOutsideGroupA() {
        Katalogfil fsiii = fil(FSIII.navn(), FSIII.indhold() + "E1\tE\tFortsættes\ttrue\tfalse\n");

        assertRejected(GYLDIGE.medFsiii(fsiii), "test/fsiii.tsv, line 7", "only A-codes can be henvisninger");
    }

    @Test
    void rejectsAJCodeThatIsNotScored() {
        Katalogfil fsiii = fil(FSIII.navn(), FSIII.indhold() + "J1.2\tJ\tKropspleje\tfalse\tfalse\n");

        assertRejected(GYLDIGE.medFsiii(fsiii), "test/fsiii.tsv, line 7", "exactly the J tilstande are scored");
    }

    @Test
    void rejectsAnICodeThatIsScored() {
        Katalogfil fsiii = fil(FSIII.navn(), FSIII.indhold() + "I12.1\tI\tProblemer med urininkontinens\tfalse\ttrue\n");

        assertRejected(GYLDIGE.medFsiii(fsiii), "test/fsiii.tsv, line 7", "exactly the J tilstande are scored");
    }

    @Test
    void rejectsABooleanThatIsNotTrueOrFalse() {
        Katalogfil fsiii = fil(FSIII.navn(), FSIII.indhold() + "A2\tA\tPårørende\tnej\tfalse\n");

        assertRejected(GYLDIGE.medFsiii(fsiii), "test/fsiii.tsv, line 7", "henvisning must be true or false, not 'nej'");
    }

    @Test
    void rejectsAForloebstypeWhoseKleEmneIsNotInKle() {
        Katalogfil forloebstyper = fil(FORLOEBSTYPER.navn(),
                FORLOEBSTYPER.indhold() + "SEL-85\tSocialpædagogisk bistand\t27.36.12\tSEL § 85\n");

        assertRejected(GYLDIGE.medForloebstyper(forloebstyper), "test/forloebstyper.tsv, line 5",
                "KLE emne 27.36.12 is not in test/kle-emner-2026-02.tsv");
    }

    @Test
    void rejectsADuplicateForloebstype() {
        Katalogfil forloebstyper = fil(FORLOEBSTYPER.navn(),
                FORLOEBSTYPER.indhold() + "SEL-83\tIgen\t27.36.04\tSEL § 83\n");

        assertRejected(GYLDIGE.medForloebstyper(forloebstyper), "test/forloebstyper.tsv, line 5",
                "duplicate forløbstype SEL-83 (first on line 3)");
    }

    @Test
    void rejectsAnIndsatsWhoseKleEmneIsNotInKle() {
        Katalogfil indsatser = fil(INDSATSER.navn(),
                INDSATSER.indhold() + "SEL-83-MAD\tMadservice\t27.36.24\tSEL § 83, stk. 1, nr. 3\tTID\tSEL-83\ttrue\n");

        assertRejected(GYLDIGE.medIndsatser(indsatser), "test/indsatser.tsv, line 5",
                "KLE emne 27.36.24 is not in test/kle-emner-2026-02.tsv");
    }

    @Test
    void rejectsAnIndsatsWithAMalformedKleNumber() {
        Katalogfil indsatser = fil(INDSATSER.navn(),
                INDSATSER.indhold() + "SEL-83-MAD\tMadservice\t27.36\tSEL § 83, stk. 1, nr. 3\tTID\tSEL-83\ttrue\n");

        assertRejected(GYLDIGE.medIndsatser(indsatser), "test/indsatser.tsv, line 5", "'27.36' is not NN.NN.NN");
    }

    @Test
    void rejectsAnIndsatsWhoseForloebstypeDoesNotExist() {
        Katalogfil indsatser = fil(INDSATSER.navn(),
                INDSATSER.indhold() + "SEL-83-PH\tPraktisk hjælp\t27.36.04\tSEL § 83, stk. 1, nr. 2\tTID\tSEL-99\ttrue\n");

        assertRejected(GYLDIGE.medIndsatser(indsatser), "test/indsatser.tsv, line 5",
                "forløbstype SEL-99 of indsats SEL-83-PH is not in test/forloebstyper.tsv");
    }

    @Test
    void rejectsAnIndsatsWithAnUnknownYdelsestype() {
        Katalogfil indsatser = fil(INDSATSER.navn(),
                INDSATSER.indhold() + "SEL-83-PH\tPraktisk hjælp\t27.36.04\tSEL § 83, stk. 1, nr. 2\tTIME\tSEL-83\ttrue\n");

        assertRejected(GYLDIGE.medIndsatser(indsatser), "test/indsatser.tsv, line 5", "unknown ydelsestype 'TIME'");
    }

    @Test
    void rejectsADuplicateIndsats() {
        Katalogfil indsatser = fil(INDSATSER.navn(),
                INDSATSER.indhold() + "SUL-138\tSygepleje\t29.18.00\tSUL § 138\tTID\tSUL-138\tfalse\n");

        assertRejected(GYLDIGE.medIndsatser(indsatser), "test/indsatser.tsv, line 5",
                "duplicate indsats SUL-138 (first on line 4)");
    }

    @Test
    void rejectsAFileThatIsNotUtf8() {
        byte[] latin1 = "kle\ttitle\n27.36.04\tPersonlig og praktisk hjælp\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Katalogfil.fraBytes("test/kle-emner-2026-02.tsv", latin1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Catalogue file test/kle-emner-2026-02.tsv is not valid UTF-8");
    }

    @Test
    void rejectsAMissingClasspathFile() {
        assertThatThrownBy(() -> Katalogfil.fraClasspath("katalog/findes-ikke.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Catalogue file katalog/findes-ikke.tsv not found on the classpath");
    }

    private static void assertRejected(Katalogfiler filer, String filOgLinje, String aarsag) {
        assertThatThrownBy(() -> Kataloglaeser.fra(filer))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Catalogue file " + filOgLinje + ": ")
                .hasMessageContaining(aarsag);
    }

    private static Katalogfil fil(String navn, String indhold) {
        return new Katalogfil(navn, indhold);
    }
}
