package dk.careledger.domain.katalog;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the reference catalogues from their versioned files (see {@code katalog/README.md} in the resources).
 * Every file is validated while it is read: the first malformed line stops loading with an
 * {@link IllegalStateException} naming the file and the line, so a bad catalogue fails at start and never
 * reaches a decider.
 *
 * <p>Checks: header line as expected; column count; no empty field; KLE numbers are {@code NN.NN.NN};
 * handlingsfacetter are a capital letter and two digits; FSIII codes are {@code <gruppe><n>} or
 * {@code <gruppe><n>.<m>} of a known gruppe, only A-codes may be henvisninger and exactly the J-codes are
 * scored; booleans are {@code true}/{@code false}; no code occurs twice in a file; every forløbstype's and
 * indsats's KLE emne exists in the KLE file; every indsats's ydelsestype is known and its forløbstype exists.
 */
public final class Kataloglaeser {

    private static final Pattern KLE_NUMMER = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final Pattern HANDLINGSFACET = Pattern.compile("\\p{Lu}\\d{2}");
    private static final Pattern FSIII_KODE = Pattern.compile("(\\p{Lu})\\d+(\\.\\d+)?");
    private static final Pattern KODE = Pattern.compile("\\S+");
    private static final Pattern KLE_VERSION_I_FILNAVN = Pattern.compile("kle-emner-(\\d{4}-\\d{2})\\.tsv$");

    private static volatile Katalog standard;

    private Kataloglaeser() {
    }

    /**
     * The shipped catalogue, loaded from the classpath on first use and then shared (thread-safe; a failed
     * load is not cached, so the next call reports the same error again).
     *
     * @throws IllegalStateException when a shipped file is missing or malformed
     */
    public static Katalog standard() {
        Katalog katalog = standard;
        if (katalog == null) {
            synchronized (Kataloglaeser.class) {
                katalog = standard;
                if (katalog == null) {
                    katalog = fra(Katalogfiler.standard());
                    standard = katalog;
                }
            }
        }
        return katalog;
    }

    /**
     * Loads and validates a catalogue from the given files.
     *
     * @throws IllegalStateException naming the file and line of the first problem found
     */
    public static Katalog fra(Katalogfiler filer) {
        Objects.requireNonNull(filer, "filer");
        Set<String> versioner = new LinkedHashSet<>();
        Map<String, String> listeversioner = new HashMap<>();

        Tsv kleTsv = Tsv.laes(filer.kle(), "kle", "title");
        versioner.add(kleVersion(filer.kle(), kleTsv));
        listeversioner.put("kle-emner", kleVersion(filer.kle(), kleTsv));
        Map<String, KleEmne> kle = new LinkedHashMap<>();
        Map<String, Integer> kleLinjer = new HashMap<>();
        for (Tsv.Raekke r : kleTsv.raekker()) {
            String nummer = kleNummer(r, 0);
            unik(kleLinjer, nummer, r, "KLE emne");
            kle.put(nummer, new KleEmne(nummer, r.felt(1)));
        }

        Tsv facetTsv = Tsv.laes(filer.handlingsfacetter(), "kode", "titel");
        tilfoejVersion(versioner, facetTsv);
        listeversioner.put("handlingsfacetter", listeversion(facetTsv));
        Map<String, Handlingsfacet> handlingsfacetter = new LinkedHashMap<>();
        Map<String, Integer> facetLinjer = new HashMap<>();
        for (Tsv.Raekke r : facetTsv.raekker()) {
            String kode = r.felt(0);
            if (!HANDLINGSFACET.matcher(kode).matches()) {
                throw r.fejl("handlingsfacet '" + kode + "' is not a capital letter and two digits (e.g. G01)");
            }
            unik(facetLinjer, kode, r, "handlingsfacet");
            handlingsfacetter.put(kode, new Handlingsfacet(kode, r.felt(1)));
        }

        Tsv fsiiiTsv = Tsv.laes(filer.fsiii(), "kode", "gruppe", "titel", "henvisning", "scoret");
        tilfoejVersion(versioner, fsiiiTsv);
        listeversioner.put("fsiii", listeversion(fsiiiTsv));
        Map<String, FsiiiKode> fsiii = new LinkedHashMap<>();
        Map<String, Integer> fsiiiLinjer = new HashMap<>();
        for (Tsv.Raekke r : fsiiiTsv.raekker()) {
            fsiii.put(r.felt(0), fsiiiKode(r, fsiiiLinjer));
        }

        Tsv forloebTsv = Tsv.laes(filer.forloebstyper(), "kode", "navn", "kle", "hjemmel");
        tilfoejVersion(versioner, forloebTsv);
        listeversioner.put("forloebstyper", listeversion(forloebTsv));
        Map<String, Forloebstype> forloebstyper = new LinkedHashMap<>();
        Map<String, Integer> forloebLinjer = new HashMap<>();
        for (Tsv.Raekke r : forloebTsv.raekker()) {
            String kode = kode(r, 0, "forløbstype");
            unik(forloebLinjer, kode, r, "forløbstype");
            String kleNummer = eksisterendeKle(r, 2, kle, filer.kle());
            forloebstyper.put(kode, new Forloebstype(kode, r.felt(1), kleNummer, r.felt(3)));
        }

        Tsv indsatsTsv = Tsv.laes(filer.indsatser(),
                "kode", "navn", "kle", "hjemmel", "ydelsestype", "forloebstype", "kraeverSag");
        tilfoejVersion(versioner, indsatsTsv);
        listeversioner.put("indsatser", listeversion(indsatsTsv));
        Map<String, Indsats> indsatser = new LinkedHashMap<>();
        Map<String, Integer> indsatsLinjer = new HashMap<>();
        for (Tsv.Raekke r : indsatsTsv.raekker()) {
            String kode = kode(r, 0, "indsats");
            unik(indsatsLinjer, kode, r, "indsats");
            String kleNummer = eksisterendeKle(r, 2, kle, filer.kle());
            Ydelsestype ydelsestype = ydelsestype(r, 4);
            String forloebstype = r.felt(5);
            if (!forloebstyper.containsKey(forloebstype)) {
                throw r.fejl("forløbstype " + forloebstype + " of indsats " + kode + " is not in "
                        + filer.forloebstyper().navn());
            }
            boolean kraeverSag = bool(r, 6, "kraeverSag");
            indsatser.put(kode, new Indsats(kode, r.felt(1), kleNummer, r.felt(3), ydelsestype, forloebstype,
                    kraeverSag));
        }

        return new InMemoryKatalog(String.join("; ", versioner), listeversioner, kle, handlingsfacetter, fsiii, indsatser,
                forloebstyper);
    }

    private static FsiiiKode fsiiiKode(Tsv.Raekke r, Map<String, Integer> linjer) {
        String kode = r.felt(0);
        FsiiiGruppe gruppe;
        try {
            gruppe = FsiiiGruppe.valueOf(r.felt(1));
        } catch (IllegalArgumentException e) {
            throw r.fejl("unknown FSIII gruppe '" + r.felt(1) + "' (expected one of A, B, C, D, E, F, J, I, H, G)");
        }
        Matcher m = FSIII_KODE.matcher(kode);
        if (!m.matches() || !m.group(1).equals(gruppe.name())) {
            throw r.fejl("FSIII code '" + kode + "' is not " + gruppe + "<n> or " + gruppe + "<n>.<m>");
        }
        unik(linjer, kode, r, "FSIII code");
        boolean henvisning = bool(r, 3, "henvisning");
        boolean scoret = bool(r, 4, "scoret");
        if (henvisning && gruppe != FsiiiGruppe.A) {
            throw r.fejl("FSIII code " + kode + " is marked henvisning but only A-codes can be henvisninger");
        }
        if (scoret != (gruppe == FsiiiGruppe.J)) {
            throw r.fejl("FSIII code " + kode + " has scoret=" + scoret
                    + " but exactly the J tilstande are scored (0–4/9)");
        }
        return new FsiiiKode(kode, r.felt(2), gruppe, henvisning, scoret);
    }

    private static String kleVersion(Katalogfil fil, Tsv tsv) {
        if (tsv.version() != null) {
            return tsv.version();
        }
        Matcher m = KLE_VERSION_I_FILNAVN.matcher(fil.navn());
        if (m.find()) {
            return "KLE " + m.group(1);
        }
        throw new IllegalStateException("Catalogue file " + fil.navn()
                + " has no '# version:' line and its name does not carry the KLE version (kle-emner-YYYY-MM.tsv)");
    }

    /** A list's version: its file's {@code # version:} label ({@code ukendt} when the file has none). */
    private static String listeversion(Tsv tsv) {
        return tsv.version() != null ? tsv.version() : "ukendt";
    }

    private static void tilfoejVersion(Set<String> versioner, Tsv tsv) {
        if (tsv.version() != null) {
            versioner.add(tsv.version());
        }
    }

    private static String kleNummer(Tsv.Raekke r, int indeks) {
        String nummer = r.felt(indeks);
        if (!KLE_NUMMER.matcher(nummer).matches()) {
            throw r.fejl("KLE number '" + nummer + "' is not NN.NN.NN");
        }
        return nummer;
    }

    private static String eksisterendeKle(Tsv.Raekke r, int indeks, Map<String, KleEmne> kle, Katalogfil kleFil) {
        String nummer = kleNummer(r, indeks);
        if (!kle.containsKey(nummer)) {
            throw r.fejl("KLE emne " + nummer + " is not in " + kleFil.navn());
        }
        return nummer;
    }

    private static String kode(Tsv.Raekke r, int indeks, String hvad) {
        String kode = r.felt(indeks);
        if (!KODE.matcher(kode).matches()) {
            throw r.fejl(hvad + " code '" + kode + "' contains whitespace");
        }
        return kode;
    }

    private static Ydelsestype ydelsestype(Tsv.Raekke r, int indeks) {
        try {
            return Ydelsestype.valueOf(r.felt(indeks));
        } catch (IllegalArgumentException e) {
            throw r.fejl("unknown ydelsestype '" + r.felt(indeks) + "' (expected TID, OEKONOMISK, FYSISK or PLADS)");
        }
    }

    private static boolean bool(Tsv.Raekke r, int indeks, String kolonne) {
        String vaerdi = r.felt(indeks);
        if (vaerdi.equals("true")) {
            return true;
        }
        if (vaerdi.equals("false")) {
            return false;
        }
        throw r.fejl(kolonne + " must be true or false, not '" + vaerdi + "'");
    }

    private static void unik(Map<String, Integer> linjer, String kode, Tsv.Raekke r, String hvad) {
        Integer foerste = linjer.putIfAbsent(kode, r.linje());
        if (foerste != null) {
            throw r.fejl("duplicate " + hvad + " " + kode + " (first on line " + foerste + ")");
        }
    }
}
