package dk.careledger.commandside.api;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean": the known name closest to a misspelt field or parameter, when it is close enough to be a slip
 * (at most two edits, and fewer than half the letters), so a refusal can say {@code mente du 'kommune'?}.
 */
final class Forslag {
    private Forslag() {
    }

    /** The suggestion as the end of a Danish message ({@code "; mente du 'x'?"}), or empty when nothing is close. */
    static String menteDu(String givet, Collection<String> kendte) {
        String bedst = naermeste(givet, kendte);
        return bedst == null ? "" : "; mente du '" + bedst + "'?";
    }

    /** The known name closest to {@code givet} when it is close enough to be a slip (and not {@code givet} itself), or null. */
    static String naermeste(String givet, Collection<String> kendte) {
        if (givet == null || kendte == null) {
            return null;
        }
        String bedst = null;
        int bedsteAfstand = Integer.MAX_VALUE;
        for (String k : kendte) {
            int a = afstand(givet.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (a < bedsteAfstand) {
                bedst = k;
                bedsteAfstand = a;
            }
        }
        return bedst != null && !bedst.equals(givet) && bedsteAfstand <= 2 && bedsteAfstand * 2 < givet.length() ? bedst : null;
    }

    /** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
    static int afstand(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int pris = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + pris);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
