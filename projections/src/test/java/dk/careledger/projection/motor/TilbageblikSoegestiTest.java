package dk.careledger.projection.motor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The search path an as-of read leaves on its pooled connection names {@code pg_temp} last and nowhere else, so the
 * copies it keeps there can never hide a live table from the connection's other uses (ADR 0026).
 */
class TilbageblikSoegestiTest {

    @Test
    void aPathThatDoesNotNamePgTempGetsItLastAfterTheLiveSchemas() {
        assertThat(Tilbageblik.sikkerSti("\"$user\", public")).isEqualTo("\"$user\", public, pg_temp");
        assertThat(Tilbageblik.sikkerSti("ledger")).isEqualTo("ledger, pg_temp");
    }

    @Test
    void aPathThatNamesPgTempFirstOrTwiceGetsItOnceAndLast() {
        assertThat(Tilbageblik.sikkerSti("pg_temp, public")).isEqualTo("public, pg_temp");
        assertThat(Tilbageblik.sikkerSti("PG_TEMP,public,pg_temp")).isEqualTo("public, pg_temp");
    }

    @Test
    void aPathAlreadyEndingInPgTempIsLeftAsItIsSoNothingIsSetAgain() {
        assertThat(Tilbageblik.sikkerSti("\"$user\", public, pg_temp")).isEqualTo("\"$user\", public, pg_temp");
    }
}
