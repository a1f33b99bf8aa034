package dk.careledger.indeksfeed.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8SkriverTest {

    @Test
    void anyTextIsEncodedExactlyAsStringGetBytesEncodesItWhateverTheBufferSize() throws Exception {
        SplittableRandom rnd = new SplittableRandom(42);
        int[] tegn = {'a', '<', 'æ', 'ø', 'Å', '–', '€', 0x1F600, 0x10FFFF, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFD};
        for (int runde = 0; runde < 200; runde++) {
            StringBuilder tekst = new StringBuilder();
            for (int i = rnd.nextInt(300); i > 0; i--) {
                tekst.appendCodePoint(tegn[rnd.nextInt(tegn.length)]);
            }
            ByteArrayOutputStream ud = new ByteArrayOutputStream();
            Utf8Skriver skriver = new Utf8Skriver(ud, 4 + rnd.nextInt(40));

            skriver.skriv(tekst.subSequence(0, tekst.length() / 2));
            skriver.skriv(tekst.subSequence(tekst.length() / 2, tekst.length()));
            skriver.send();

            assertThat(ud.toByteArray()).isEqualTo(tekst.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anUnpairedSurrogateBecomesAQuestionMarkAsInTheJdk() throws Exception {
        String tekst = "a\uD83Db\uDE00c";
        ByteArrayOutputStream ud = new ByteArrayOutputStream();
        Utf8Skriver skriver = new Utf8Skriver(ud, 16);

        skriver.skriv(tekst);
        skriver.send();

        assertThat(ud.toByteArray()).isEqualTo(tekst.getBytes(StandardCharsets.UTF_8)).isEqualTo("a?b?c".getBytes(StandardCharsets.US_ASCII));
    }
}
