package dk.careledger.domain.testfixtures;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Kryptering;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A deterministic stand-in for the key vault, for decider tests: "encrypts" to {@code test:<base64>} so that
 * expected events can be written out and compared by equality. Never used outside tests.
 */
public final class SynligKryptering implements Kryptering {

    @Override
    public KrypteretTekst krypter(BorgerId ejer, String klartekst) {
        if (klartekst == null || klartekst.isBlank()) {
            return null;
        }
        return new KrypteretTekst(ejer, "test:" + Base64.getEncoder().encodeToString(klartekst.getBytes(StandardCharsets.UTF_8)));
    }

    public static KrypteretTekst tekst(BorgerId ejer, String klartekst) {
        return new SynligKryptering().krypter(ejer, klartekst);
    }

    public static String klartekst(KrypteretTekst tekst) {
        return new String(Base64.getDecoder().decode(tekst.chiffertekst().substring("test:".length())), StandardCharsets.UTF_8);
    }
}
