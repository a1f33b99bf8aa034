package dk.careledger.domain.katalog;

/** One KLE emne: number {@code NN.NN.NN} and its title. */
public record KleEmne(String nummer, String titel) {
    /** {@code 27} for {@code 27.36.04}. */
    public String hovedgruppe() {
        return nummer.substring(0, 2);
    }

    /** {@code 27.36} for {@code 27.36.04}. */
    public String gruppe() {
        return nummer.substring(0, 5);
    }
}
