package dk.careledger.indeksfeed.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Given free text, when made fit for the index, then it is one trimmed line XML can carry, within the length. */
class TekstTest {

    @Test
    void lineBreaksControlCharactersAndRunsOfWhitespaceBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertThat(Tekst.enLinje("  Hjemmehjælp\r\n til\t\u0001 Karen  ", 255)).isEqualTo("Hjemmehjælp til Karen");
    }

    @Test
    void whatXmlCannotCarryIsDropped() {
        assertThat(Tekst.enLinje("a\uD800b\uFFFEc\uFFFFd", 255)).isEqualTo("a b c d");
        assertThat(Tekst.enLinje("smil \uD83D\uDE00", 255)).as("a surrogate pair is one character").isEqualTo("smil \uD83D\uDE00");
    }

    @Test
    void nullBlankAndOnlyInvisibleGiveNull() {
        assertThat(Tekst.enLinje(null, 10)).isNull();
        assertThat(Tekst.enLinje("", 10)).isNull();
        assertThat(Tekst.enLinje(" \n\t\u0000", 10)).isNull();
    }

    @Test
    void theResultIsCutToTheLengthNeverInsideASurrogatePairAndWithoutATrailingSpace() {
        assertThat(Tekst.enLinje("abcdefgh", 5)).isEqualTo("abcde");
        assertThat(Tekst.enLinje("abcd\uD83D\uDE00", 5)).isEqualTo("abcd");
        assertThat(Tekst.enLinje("abcd efgh", 5)).isEqualTo("abcd");
    }
}
