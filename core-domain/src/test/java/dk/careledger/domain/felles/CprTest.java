package dk.careledger.domain.felles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 15: a CPR number's date must exist, with the century read from the seventh digit. */
class CprTest {

    @Test
    void readsTheTwentiethCenturyFromSeventhDigitsZeroToThree() {
        assertThat(Cpr.foedselsdato("0101301234")).contains(LocalDate.of(1930, 1, 1));
        assertThat(Cpr.foedselsdato("3112993999")).contains(LocalDate.of(1999, 12, 31));
    }

    @Test
    void readsFourAndNineAsTheTwentyFirstCenturyUpToYear36() {
        assertThat(Cpr.foedselsdato("0101364000")).contains(LocalDate.of(2036, 1, 1));
        assertThat(Cpr.foedselsdato("0101374000")).contains(LocalDate.of(1937, 1, 1));
        assertThat(Cpr.foedselsdato("0101109000")).contains(LocalDate.of(2010, 1, 1));
    }

    @Test
    void readsFiveToEightAsTheTwentyFirstCenturyUpToYear57AndTheNineteenthAfter() {
        assertThat(Cpr.foedselsdato("0101575000")).contains(LocalDate.of(2057, 1, 1));
        assertThat(Cpr.foedselsdato("0101588000")).contains(LocalDate.of(1858, 1, 1));
    }

    @Test
    void refusesDay32AndMonth13() {
        assertThat(Cpr.foedselsdato("3201701234")).isEmpty();
        assertThat(Cpr.foedselsdato("0113701234")).isEmpty();
        assertThat(Cpr.foedselsdato("0000701234")).isEmpty();
    }

    @Test
    void knowsLeapYearsByTheCentury() {
        assertThat(Cpr.foedselsdato("2902001234")).as("1900 was no leap year").isEmpty();
        assertThat(Cpr.foedselsdato("2902004234")).as("2000 was").contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void readsNothingButTenDigits() {
        assertThat(Cpr.foedselsdato("010170123")).isEmpty();
        assertThat(Cpr.foedselsdato("010170AB12")).isEmpty();
    }
}
