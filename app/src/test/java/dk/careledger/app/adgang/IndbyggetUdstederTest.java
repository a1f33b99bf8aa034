package dk.careledger.app.adgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Foelsomhed;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** The embedded issuer, its start-up guard, and what a token must carry to name a user (ADR 0019). */
class IndbyggetUdstederTest {
    private final SikkerhedsConfig konfiguration = new SikkerhedsConfig();

    @Test
    void givenAnExternalDatabaseAndNoIssuerWhenTheEmbeddedIssuerWouldStartThenStartIsRefusedUnlessExplicitlyAllowed() {
        assertThatThrownBy(() -> konfiguration.indbyggetUdsteder("", "jdbc:postgresql://db:5432/careledger", false, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ledger.adgang.tillad-indbygget-udsteder=true")
                .hasMessageContaining("LEDGER_ISSUER");
        assertThat(konfiguration.indbyggetUdsteder("", "jdbc:postgresql://db:5432/careledger", true, Clock.systemUTC())).isNotNull();
        assertThat(konfiguration.indbyggetUdsteder("", "", false, Clock.systemUTC())).as("the embedded database").isNotNull();
    }

    @Test
    void givenATokenFromTheEmbeddedIssuerWhenItIsDecodedThenItNamesTheUserKommuneRolesAndLimits() {
        IndbyggetUdsteder udsteder = konfiguration.indbyggetUdsteder("", "", false, Clock.systemUTC());
        JwtDecoder decoder = konfiguration.indbyggetDecoder(udsteder);
        Bruger leder = Demobrugere.find("leder-aalborg").orElseThrow();
        Bruger laest = Brugerkrav.bruger(decoder.decode(udsteder.udsted(leder, Duration.ofMinutes(5))));
        assertThat(laest.brugerId()).isEqualTo("leder-aalborg");
        assertThat(laest.kommune()).isEqualTo(Demobrugere.AALBORG);
        assertThat(laest.roller()).containsExactly(Adgangsrolle.LEDER);
        assertThat(laest.maksFoelsomhed()).isEqualTo(Foelsomhed.VIP_SAGER);
        assertThat(Demobrugere.alle()).extracting(b -> b.roller().iterator().next()).contains(Adgangsrolle.values());
        assertThat(Demobrugere.alle()).extracting(Bruger::kommune).contains(Demobrugere.AALBORG, Demobrugere.AARHUS);
    }

    @Test
    void givenATokenMissingAKommuneOrNamingAnUnknownRoleWhenItIsReadThenNoUserIsMadeFromIt() throws Exception {
        IndbyggetUdsteder udsteder = konfiguration.indbyggetUdsteder("", "", false, Clock.systemUTC());
        assertThatThrownBy(() -> Brugerkrav.bruger(jwt(List.of("SAGSBEHANDLER"), null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Brugerkrav.bruger(jwt(List.of("ADMINISTRATOR_AF_ALT"), "29189420"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Brugerkrav.bruger(jwt(List.of(), "29189420"))).isInstanceOf(IllegalArgumentException.class);
        JwtDecoder decoder = konfiguration.indbyggetDecoder(udsteder);
        RSAKey fremmed = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("fremmed").generate();
        SignedJWT forkert = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("fremmed").build(), new JWTClaimsSet.Builder()
                .issuer(IndbyggetUdsteder.UDSTEDER).subject("x").expirationTime(new Date(System.currentTimeMillis() + 60_000)).build());
        forkert.sign(new RSASSASigner(fremmed));
        assertThatThrownBy(() -> decoder.decode(forkert.serialize())).isInstanceOf(JwtException.class);
    }

    private static Jwt jwt(List<String> roller, String kommune) {
        Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").subject("sb-1").claim("roller", roller);
        if (kommune != null) {
            b.claim("kommune", kommune);
        }
        return b.build();
    }
}
