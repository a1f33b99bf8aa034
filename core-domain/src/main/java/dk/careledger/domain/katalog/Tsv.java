package dk.careledger.domain.katalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed catalogue file: tab-separated, UTF-8, one header line naming the columns, then one row per line.
 * Blank lines and lines starting with {@code #} are skipped; a comment {@code # version: <label>} gives the
 * file's version label. Every field is trimmed and must be non-empty.
 */
final class Tsv {

    private static final String VERSION_PREFIX = "# version:";

    /** One data row and the 1-based line it came from. */
    record Raekke(Katalogfil fil, int linje, List<String> felter) {
        String felt(int indeks) {
            return felter.get(indeks);
        }

        IllegalStateException fejl(String besked) {
            return Tsv.fejl(fil, linje, besked);
        }
    }

    private final String version;
    private final List<Raekke> raekker;

    private Tsv(String version, List<Raekke> raekker) {
        this.version = version;
        this.raekker = List.copyOf(raekker);
    }

    /** The label of the file's {@code # version:} comment; null when it has none. */
    String version() {
        return version;
    }

    List<Raekke> raekker() {
        return raekker;
    }

    /**
     * Parses {@code fil}, requiring its header to be exactly {@code kolonner}.
     *
     * @throws IllegalStateException naming the file and line on the first malformed line
     */
    static Tsv laes(Katalogfil fil, String... kolonner) {
        String tekst = fil.indhold();
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        String[] linjer = tekst.split("\n", -1);
        String version = null;
        boolean headerSet = false;
        List<Raekke> raekker = new ArrayList<>();
        for (int i = 0; i < linjer.length; i++) {
            int linje = i + 1;
            String l = linjer[i].endsWith("\r") ? linjer[i].substring(0, linjer[i].length() - 1) : linjer[i];
            if (l.isBlank()) {
                continue;
            }
            if (l.startsWith("#")) {
                if (version == null && l.startsWith(VERSION_PREFIX)) {
                    version = l.substring(VERSION_PREFIX.length()).trim();
                    if (version.isEmpty()) {
                        throw fejl(fil, linje, "empty version label");
                    }
                }
                continue;
            }
            List<String> felter = Arrays.stream(l.split("\t", -1)).map(String::trim).toList();
            if (!headerSet) {
                if (!felter.equals(List.of(kolonner))) {
                    throw fejl(fil, linje, "expected the header " + String.join("<TAB>", kolonner) + " but found "
                            + String.join("<TAB>", felter));
                }
                headerSet = true;
                continue;
            }
            if (felter.size() != kolonner.length) {
                throw fejl(fil, linje, "expected " + kolonner.length + " tab-separated columns ("
                        + String.join(", ", kolonner) + ") but found " + felter.size());
            }
            for (int k = 0; k < kolonner.length; k++) {
                if (felter.get(k).isEmpty()) {
                    throw fejl(fil, linje, "empty " + kolonner[k]);
                }
            }
            raekker.add(new Raekke(fil, linje, felter));
        }
        if (!headerSet) {
            throw new IllegalStateException("Catalogue file " + fil.navn() + " has no header line ("
                    + String.join("<TAB>", kolonner) + ")");
        }
        return new Tsv(version, raekker);
    }

    static IllegalStateException fejl(Katalogfil fil, int linje, String besked) {
        return new IllegalStateException("Catalogue file " + fil.navn() + ", line " + linje + ": " + besked);
    }
}
