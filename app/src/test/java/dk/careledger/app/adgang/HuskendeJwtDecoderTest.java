package dk.careledger.app.adgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Tokens are verified once and remembered while they are valid, never longer (ADR 0019 amendment). */
class HuskendeJwtDecoderTest {
    private final Bruger bruger = new Bruger("hukommelse-1", new Cvr("29189420"), Set.of(Adgangsrolle.SAGSBEHANDLER), List.of(),
            Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, null);
    private final StilbartUr ur = new StilbartUr(Instant.parse("2026-12-07T10:00:00Z"));
    private final IndbyggetUdsteder udsteder = new IndbyggetUdsteder("", ur);
    private final AtomicInteger verificeret = new AtomicInteger();
    private final JwtDecoder aegte = aegteDecoder();
    private final HuskendeJwtDecoder decoder = new HuskendeJwtDecoder(token -> {
        verificeret.incrementAndGet();
        return aegte.decode(token);
    }, ur);

    @Test
    void givenATokenVerifiedOnceWhenItIsSentAgainThenItIsNotVerifiedAgainAndNamesTheSameUser() {
        String token = udsteder.udsted(bruger, Duration.ofHours(1));

        Jwt foerste = decoder.decode(token);
        Jwt anden = decoder.decode(token);

        assertThat(verificeret).hasValue(1);
        assertThat(anden.getSubject()).isEqualTo("hukommelse-1").isEqualTo(foerste.getSubject());
        assertThat(Brugerkrav.bruger(anden)).isEqualTo(Brugerkrav.bruger(foerste));
    }

    @Test
    void givenARememberedTokenWhenItHasExpiredThenItIsVerifiedAgainAndRefused() {
        String token = udsteder.udsted(bruger, Duration.ofMinutes(2));
        decoder.decode(token);

        ur.stil(Instant.parse("2026-12-07T10:02:00Z"));
        assertThat(decoder.decode(token).getSubject()).as("at exp, verified again: within the decoder's clock skew it is still good")
                .isEqualTo("hukommelse-1");
        ur.stil(Instant.parse("2026-12-07T10:03:01Z"));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
        assertThat(verificeret).as("after exp the remembered answer is not used").hasValue(3);
    }

    @Test
    void givenALongLivedTokenWhenFiveMinutesHavePassedThenItIsVerifiedAfresh() {
        String token = udsteder.udsted(bruger, Duration.ofHours(8));
        decoder.decode(token);
        ur.stil(Instant.parse("2026-12-07T10:04:59Z"));
        decoder.decode(token);
        assertThat(verificeret).hasValue(1);

        ur.stil(Instant.parse("2026-12-07T10:05:00Z"));
        decoder.decode(token);

        assertThat(verificeret).hasValue(2);
    }

    @Test
    void givenARefusedTokenWhenItIsSentAgainThenItIsVerifiedAndRefusedEachTime() {
        String token = udsteder.udsted(bruger, Duration.ofHours(1));
        String forfalsket = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode(forfalsket)).isInstanceOf(JwtException.class);
        }

        assertThat(verificeret).hasValue(3);
        assertThat(decoder.husket()).isZero();
    }

    @Test
    void givenMoreTokensThanItMayRememberWhenOneMoreArrivesThenTheMemoryStartsOverInsteadOfGrowing() {
        HuskendeJwtDecoder lille = new HuskendeJwtDecoder(token -> Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                .expiresAt(ur.instant().plusSeconds(3600)).build(), ur);
        for (int i = 0; i < HuskendeJwtDecoder.MAKS; i++) {
            lille.decode("t" + i);
        }
        assertThat(lille.husket()).isEqualTo(HuskendeJwtDecoder.MAKS);

        lille.decode("en-til");

        assertThat(lille.husket()).isEqualTo(1);
    }

    /** The embedded issuer's decoder as the application builds it, its time checks on the test's clock. */
    private JwtDecoder aegteDecoder() {
        NimbusJwtDecoder d = NimbusJwtDecoder.withPublicKey(udsteder.offentligNoegle()).signatureAlgorithm(SignatureAlgorithm.RS256).build();
        JwtTimestampValidator tid = new JwtTimestampValidator();
        tid.setClock(ur);
        d.setJwtValidator(new DelegatingOAuth2TokenValidator<>(tid, new JwtIssuerValidator(IndbyggetUdsteder.UDSTEDER)));
        return d;
    }

    /** A clock a test can set. */
    static final class StilbartUr extends Clock {
        private volatile Instant nu;

        StilbartUr(Instant nu) {
            this.nu = nu;
        }

        void stil(Instant t) {
            nu = t;
        }

        @Override
        public Instant instant() {
            return nu;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
