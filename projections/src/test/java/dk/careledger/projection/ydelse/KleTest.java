package dk.careledger.projection.ydelse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ydelse rows carry the KLE emne of the ydelse on three levels. */
class KleTest {

    @Test
    void anEmneSplitsIntoItsHovedgruppeAndGruppe() {
        assertThat(Kle.hovedgruppe("29.18.00")).isEqualTo("29");
        assertThat(Kle.gruppe("29.18.00")).isEqualTo("29.18");
        assertThat(Kle.gruppe("27.36.04")).isEqualTo("27.36");
    }
}
