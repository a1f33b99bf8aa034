package dk.careledger.projection.ydelse;

/** KLE numbers on three levels (solution D): hovedgruppe {@code NN}, gruppe {@code NN.NN}, emne {@code NN.NN.NN}. */
public final class Kle {
    private Kle() {
    }

    /** {@code 27} for {@code 27.36.04}. */
    public static String hovedgruppe(String emne) {
        return emne.length() >= 2 ? emne.substring(0, 2) : emne;
    }

    /** {@code 27.36} for {@code 27.36.04}. */
    public static String gruppe(String emne) {
        return emne.length() >= 5 ? emne.substring(0, 5) : emne;
    }
}
