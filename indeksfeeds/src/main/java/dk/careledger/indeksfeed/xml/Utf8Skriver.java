package dk.careledger.indeksfeed.xml;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends characters as UTF-8 through one reused byte buffer. A streamed feed page hands over each delivery's XML
 * ({@link Xmlskriver} writes into a {@code StringBuilder}); {@code toString().getBytes(UTF_8)} copied every delivery
 * twice and was a fifth of the page's time (JFR, benchmark). Unpaired surrogates become {@code ?}, as
 * {@code String.getBytes} makes them (the {@link Xmlskriver} refuses them anyway). Not thread-safe.
 */
public final class Utf8Skriver {
    private final OutputStream ud;
    private final byte[] buffer;
    private int fyldt;
    /** A high surrogate that ended the last text: its low half may begin the next. 0: none. */
    private char ventendeHoej;

    public Utf8Skriver(OutputStream ud, int bufferStoerrelse) {
        if (bufferStoerrelse < 4) {
            throw new IllegalArgumentException("the buffer must hold a whole character (4 bytes), got " + bufferStoerrelse);
        }
        this.ud = ud;
        this.buffer = new byte[bufferStoerrelse];
    }

    /** Encodes the characters; what does not fit in the buffer is sent on. */
    public void skriv(CharSequence tekst) throws IOException {
        int laengde = tekst.length();
        byte[] b = buffer;
        int n = fyldt;
        int start = 0;
        if (ventendeHoej != 0 && laengde > 0) {
            if (n > b.length - 4) {
                ud.write(b, 0, n);
                n = 0;
            }
            if (Character.isLowSurrogate(tekst.charAt(0))) {
                n = fire(b, n, Character.toCodePoint(ventendeHoej, tekst.charAt(0)));
                start = 1;
            } else {
                b[n++] = '?';
            }
            ventendeHoej = 0;
        }
        for (int i = start; i < laengde; i++) {
            if (n > b.length - 4) {
                ud.write(b, 0, n);
                n = 0;
            }
            char c = tekst.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < laengde && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                n = fire(b, n, Character.toCodePoint(c, tekst.charAt(++i)));
            } else if (Character.isHighSurrogate(c) && i + 1 == laengde) {
                ventendeHoej = c;
            } else if (Character.isSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        fyldt = n;
    }

    private static int fire(byte[] b, int n, int cp) {
        b[n] = (byte) (0xF0 | cp >> 18);
        b[n + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n + 3] = (byte) (0x80 | cp & 0x3F);
        return n + 4;
    }

    /** Sends what the buffer holds (a high surrogate still waiting for its low half goes as {@code ?}). */
    public void send() throws IOException {
        if (ventendeHoej != 0) {
            if (fyldt == buffer.length) {
                ud.write(buffer, 0, fyldt);
                fyldt = 0;
            }
            buffer[fyldt++] = '?';
            ventendeHoej = 0;
        }
        if (fyldt > 0) {
            ud.write(buffer, 0, fyldt);
            fyldt = 0;
        }
    }
}
