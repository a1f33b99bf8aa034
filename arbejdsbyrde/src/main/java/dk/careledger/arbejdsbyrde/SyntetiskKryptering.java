package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Kryptering;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A cheap, deterministic stand-in for the key vault, for benchmarks and generator tests: the same text for the same
 * citizen always gives the same "ciphertext" ({@code syn:} + base64 of the text scrambled with the citizen id), so a
 * seed gives byte-identical histories and no citizen register is needed.
 *
 * <p>This is not encryption. Use it only for synthetic histories in throwaway databases. The ledger's
 * {@link dk.careledger.domain.felles.Dekryptering} (the key vault) reads these texts as empty, exactly like texts of a
 * forgotten citizen; to load a history whose texts decrypt, generate it with the real key vault after registering
 * the citizens ({@link Bulkindlaeser#indlaes(Arbejdsbyrde, Bulkindlaeser.Fremskridt)}).
 */
public final class SyntetiskKryptering implements Kryptering {

    public static final String FORMAT = "syn:";

    @Override
    public KrypteretTekst krypter(BorgerId ejer, String klartekst) {
        if (klartekst == null || klartekst.isBlank()) {
            return null;
        }
        return new KrypteretTekst(ejer, FORMAT + Base64.getEncoder().encodeToString(
                bland(ejer, klartekst.getBytes(StandardCharsets.UTF_8))));
    }

    /** The text back, for tests. */
    public static String klartekst(KrypteretTekst tekst) {
        if (!tekst.chiffertekst().startsWith(FORMAT)) {
            throw new IllegalArgumentException("Not a synthetic text: " + tekst);
        }
        byte[] data = Base64.getDecoder().decode(tekst.chiffertekst().substring(FORMAT.length()));
        return new String(bland(tekst.ejer(), data), StandardCharsets.UTF_8);
    }

    private static byte[] bland(BorgerId ejer, byte[] data) {
        long noegle = ejer.value().getMostSignificantBits() ^ Long.rotateLeft(ejer.value().getLeastSignificantBits(), 17);
        byte[] ud = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            ud[i] = (byte) (data[i] ^ (noegle >>> ((i & 7) * 8)));
        }
        return ud;
    }
}
