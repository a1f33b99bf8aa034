package dk.careledger.app.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dk.careledger.app.adgang.IndbyggetUdsteder;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs tokens for the tests the way the embedded issuer does (ADR 0019): one RSA key per test JVM, given to every
 * test application context as the embedded issuer's key ({@link EmbeddedPostgresInitializer}), so a test can act as
 * any identity: user, roles, kommune and data limits. Also the bad credentials: expired, unsigned, wrongly signed.
 */
public final class Testtokens {
    public static final String AALBORG = "29189420";
    public static final String AARHUS = "55133018";
    private static final RSAKey NOEGLE = nyNoegle();
    private static final Map<String, String> HUSKET = new ConcurrentHashMap<>();

    private Testtokens() {
    }

    private static RSAKey nyNoegle() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as JWK JSON, for {@code ledger.adgang.indbygget.jwk}. */
    static String jwk() {
        return NOEGLE.toJSONString();
    }

    /** A user with the given roles in {@code kommune}, cleared for every følsomhed and every KLE. */
    public static Bruger bruger(String brugerId, String kommune, Adgangsrolle... roller) {
        return new Bruger(brugerId, new Cvr(kommune), Set.of(roller), List.of(), Foelsomhed.VIP_SAGER, null);
    }

    /** A signed token for {@code bruger}, valid for an hour. */
    public static String token(Bruger bruger) {
        return IndbyggetUdsteder.signer(NOEGLE, bruger, Instant.now(), Duration.ofHours(8));
    }

    /** {@code Authorization} header value: {@code Bearer <token>}. */
    public static String bearer(Bruger bruger) {
        return "Bearer " + token(bruger);
    }

    /**
     * The header value for a user given as the old identity headers gave it (user id, a role name, kommune): the role
     * names the events record map onto the rights (KOORDINATOR is a leder, UDFOERER a leverandør); several roles are
     * separated by commas ({@code SAGSBEHANDLER,KONFIGURATION}). Remembered per
     * identity, so a load test signs once per user.
     */
    public static String bearer(String brugerId, String rolle, String kommune) {
        return HUSKET.computeIfAbsent(brugerId + "|" + rolle + "|" + kommune, k -> bearer(bruger(brugerId, kommune,
                java.util.Arrays.stream(rolle.split(",")).map(String::trim).map(Testtokens::rolle).toArray(Adgangsrolle[]::new))));
    }

    public static Adgangsrolle rolle(String rolle) {
        return switch (rolle) {
            case "KOORDINATOR" -> Adgangsrolle.LEDER;
            case "UDFOERER" -> Adgangsrolle.LEVERANDOER;
            default -> Adgangsrolle.valueOf(rolle);
        };
    }

    /** A token that expired an hour ago. */
    public static String udloebet(Bruger bruger) {
        return IndbyggetUdsteder.signer(NOEGLE, bruger, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    }

    /** A well-formed token signed with another key than the issuer's. */
    public static String forkertSigneret(Bruger bruger) {
        return IndbyggetUdsteder.signer(nyNoegle(), bruger, Instant.now(), Duration.ofHours(1));
    }

    /** The same claims with no signature at all ({@code alg: none}). */
    public static String usigneret(Bruger bruger) {
        JWTClaimsSet.Builder krav = new JWTClaimsSet.Builder().issuer(IndbyggetUdsteder.UDSTEDER).subject(bruger.brugerId())
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
        dk.careledger.app.adgang.Brugerkrav.af(bruger).forEach(krav::claim);
        return new PlainJWT(krav.build()).serialize();
    }
}
