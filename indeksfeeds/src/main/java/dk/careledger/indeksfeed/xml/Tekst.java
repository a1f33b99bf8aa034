package dk.careledger.indeksfeed.xml;

/**
 * Free text made fit for the index: the anvisning wants titles, names and statuses "som en enkelt linje og må dermed
 * ikke indeholde linjeskift eller andre tekstformateringstegn", and XML 1.0 cannot carry control characters, lone
 * surrogates or U+FFFE/U+FFFF at all. Text comes from caseworkers (decrypted titles) and the citizen register, so it is
 * cleaned, not trusted. Shared by the Sagsindeks and the Ydelsesindeks.
 */
public final class Tekst {

    private Tekst() {
    }

    /**
     * One line: every control character, line break, other whitespace and character XML cannot carry separates words by
     * one space, the ends are trimmed, and the result is cut to {@code maks} UTF-16 units (so at most {@code maks}
     * characters as XSD's {@code maxLength} counts them; never inside a surrogate pair). Null or blank gives null.
     */
    public static String enLinje(String s, int maks) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), maks));
        boolean mellemrum = false;
        int i = 0;
        while (i < s.length()) {
            int tegn = s.codePointAt(i);
            i += Character.charCount(tegn);
            if (!synligt(tegn)) {
                mellemrum = true;
                continue;
            }
            boolean medMellemrum = mellemrum && b.length() > 0;
            if (b.length() + Character.charCount(tegn) + (medMellemrum ? 1 : 0) > maks) {
                break;
            }
            if (medMellemrum) {
                b.append(' ');
            }
            mellemrum = false;
            b.appendCodePoint(tegn);
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static boolean synligt(int tegn) {
        return !Character.isISOControl(tegn) && !Character.isWhitespace(tegn) && tegn != 0xFFFE && tegn != 0xFFFF
                && Character.getType(tegn) != Character.SURROGATE;
    }
}
