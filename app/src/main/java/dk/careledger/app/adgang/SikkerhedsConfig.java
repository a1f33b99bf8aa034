package dk.careledger.app.adgang;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * Who may call the ledger (ADR 0019). Deny by default: every request needs a verified bearer token (JWT, RS256)
 * except health, the embedded issuer's log-in (token or browser session, {@link Sessionsbruger}) and its public keys; metrics and Prometheus need the role DRIFT. What a
 * caller may do on an endpoint is decided by the endpoint's {@code @Kraever} ({@link Rettighedsvagt}), what they may
 * see by the kommune and data limits in their token. A request without a token is 401 {@code IKKE_LOGGET_IND}, a bad,
 * expired or wrongly signed token 401 {@code TOKEN_UGYLDIG}, a missing role 403 {@code MANGLER_RETTIGHED}.
 *
 * <p>The issuer is configuration ({@code ledger.adgang.udsteder}, from {@code LEDGER_ISSUER}, with its keys at
 * {@code ledger.adgang.jwk-set-uri} or found through OpenID discovery). Without it the application runs its own
 * {@link IndbyggetUdsteder} with {@link Demobrugere}, says so loudly, and refuses to do that against an external
 * database unless {@code ledger.adgang.tillad-indbygget-udsteder=true}.
 */
@Configuration(proxyBeanMethods = false)
public class SikkerhedsConfig {
    private static final Logger LOG = LoggerFactory.getLogger(SikkerhedsConfig.class);

    /** The paths of the caseworker's UI (issue 16, ADR 0023); everything else is the API's. */
    static final String[] UI_STIER = {"/", "/login", "/logud", "/indbakke/**", "/henvendelse/**", "/borger/**", "/sag/**", "/revisor", "/revisor/**",
        "/ui/**", "/webjars/**",
        "/leverandoer/**"};

    /**
     * The caseworker's UI (issue 16, ADR 0023): a browser session only (never a bearer token), Spring's CSRF token on
     * every form and htmx request, and the log-in page for anyone not logged in. What a page lets a user do is still
     * decided by its {@code @Kraever} ({@link Rettighedsvagt}) and by the same application services the API calls.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain uiSikkerhed(HttpSecurity http) throws Exception {
        http.securityMatcher(UI_STIER)
                .csrf(c -> c.csrfTokenRepository(new org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository()))
                .securityContext(s -> s.securityContextRepository(new Sessionsbruger()))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'")))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/ui/**", "/webjars/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    SecurityFilterChain sikkerhed(HttpSecurity http, JwtDecoder decoder, Clock clock) throws Exception {
        // no CSRF token: a bearer token is not sent by a browser on its own; a session (Sessionsbruger) is protected by
        // its SameSite cookie and a required custom header (Sessionsbruger.CsrfVagt)
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(s -> s.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new Sessionsbruger())))
                .addFilterAfter(new Sessionsbruger.CsrfVagt(), BearerTokenAuthenticationFilter.class)
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .anonymous(a -> a.disable())
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/login/token", "/api/login/session", "/api/login/session/slut", "/oauth2/jwks").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("ROLLE_DRIFT")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.decoder(new HuskendeJwtDecoder(decoder, clock)).jwtAuthenticationConverter(jwt -> {
                            try {
                                return new BrugerToken(Brugerkrav.bruger(jwt), jwt.getTokenValue());
                            } catch (IllegalArgumentException e) {
                                throw new InvalidBearerTokenException("Tokenet mangler et gyldigt krav: " + e.getMessage());
                            }
                        }))
                        .authenticationEntryPoint(SikkerhedsConfig::ikkeLoggetInd)
                        .accessDeniedHandler((req, res, e) -> Problemsvar.skriv(res, 403, "MANGLER_RETTIGHED",
                                "Brugeren har ikke en rolle, der giver adgang her")))
                .exceptionHandling(e -> e.authenticationEntryPoint(SikkerhedsConfig::ikkeLoggetInd)
                        .accessDeniedHandler((req, res, ex) -> Problemsvar.skriv(res, 403, "MANGLER_RETTIGHED",
                                "Brugeren har ikke en rolle, der giver adgang her")));
        return http.build();
    }

    private static void ikkeLoggetInd(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res,
            org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
        if (e instanceof OAuth2AuthenticationException) {
            Problemsvar.skriv(res, 401, "TOKEN_UGYLDIG", "Tokenet er ugyldigt, udløbet eller ikke signeret af den betroede udsteder");
        } else {
            Problemsvar.skriv(res, 401, "IKKE_LOGGET_IND", "Log ind: send et gyldigt token som 'Authorization: Bearer <token>'");
        }
    }

    /** Tokens from the configured issuer (a kommune's identity provider, or a broker in front of KOMBIT's Context Handler). */
    @Bean
    @Conditional(UdstederKonfigureret.class)
    JwtDecoder eksternDecoder(@Value("${ledger.adgang.udsteder}") String udsteder, @Value("${ledger.adgang.jwk-set-uri:}") String jwkSetUri) {
        NimbusJwtDecoder decoder = StringUtils.hasText(jwkSetUri)
                ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithm(SignatureAlgorithm.RS256).build()
                : NimbusJwtDecoder.withIssuerLocation(udsteder).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(udsteder));
        LOG.info("Tokens are accepted from the issuer {}", udsteder);
        return decoder;
    }

    /** The embedded issuer, with the key given ({@code jwk}) or generated now. */
    IndbyggetUdsteder indbyggetUdsteder(String jwk, String databaseUrl, boolean tilladt, Clock clock) {
        return indbyggetUdsteder(jwk, "", databaseUrl, tilladt, clock);
    }

    /**
     * The embedded issuer: its key from {@code ledger.adgang.indbygget.jwk}, else from the file
     * {@code ledger.adgang.indbygget.noeglefil} (created when absent; shared by several nodes, kept over restarts), else
     * generated at start.
     */
    @Bean
    @Conditional(IngenUdstederKonfigureret.class)
    IndbyggetUdsteder indbyggetUdsteder(@Value("${ledger.adgang.indbygget.jwk:}") String jwk, @Value("${ledger.adgang.indbygget.noeglefil:}") String noeglefil,
            @Value("${spring.datasource.url:}") String databaseUrl, @Value("${ledger.adgang.tillad-indbygget-udsteder:false}") boolean tilladt,
            Clock clock) {
        if (StringUtils.hasText(databaseUrl) && !tilladt) {
            throw new IllegalStateException("The ledger uses an external database (LEDGER_DB_URL), but no token issuer is configured. "
                    + "Set ledger.adgang.udsteder (LEDGER_ISSUER) to your identity provider, or set "
                    + "ledger.adgang.tillad-indbygget-udsteder=true (LEDGER_ALLOW_EMBEDDED_ISSUER) to run the embedded issuer, whose "
                    + "demo users anyone can log in as (ADR 0019).");
        }
        LOG.warn("""

                ************************************************************************************************
                *  NO TOKEN ISSUER IS CONFIGURED: the ledger runs its own EMBEDDED ISSUER with DEMO USERS.      *
                *  Anyone who can reach this port can get a token for any demo user at POST /api/login/token.  *
                *  For development only. Set LEDGER_ISSUER to your identity provider (ADR 0019).               *
                ************************************************************************************************""");
        String noegle = StringUtils.hasText(jwk) || !StringUtils.hasText(noeglefil) ? jwk : IndbyggetUdsteder.jwkFraFil(java.nio.file.Path.of(noeglefil));
        return new IndbyggetUdsteder(noegle, clock);
    }

    @Bean
    @Conditional(IngenUdstederKonfigureret.class)
    JwtDecoder indbyggetDecoder(IndbyggetUdsteder udsteder) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(udsteder.offentligNoegle()).signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(IndbyggetUdsteder.UDSTEDER));
        return decoder;
    }
}
