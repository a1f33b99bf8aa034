package dk.careledger.app.adgang;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.careledger.domain.adgang.Bruger;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * The embedded default's own token issuer (ADR 0019): an RSA key generated at start (or given as a private JWK, as the
 * tests do), tokens signed RS256 with the claims of {@link Brugerkrav}, and the public key as a JWKS. It exists only
 * when no issuer is configured; a kommune puts its own identity provider (or a SAML broker) in front instead.
 */
public final class IndbyggetUdsteder {
    public static final String UDSTEDER = "urn:careledger:indbygget-udsteder";

    private final RSAKey noegle;
    private final Clock clock;

    IndbyggetUdsteder(String jwk, Clock clock) {
        this.noegle = jwk == null || jwk.isBlank() ? ny() : laes(jwk);
        this.clock = clock;
    }

    private static RSAKey ny() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA key", e);
        }
    }

    private static RSAKey laes(String jwk) {
        try {
            RSAKey k = RSAKey.parse(jwk);
            if (!k.isPrivate()) {
                throw new IllegalStateException("ledger.adgang.indbygget.jwk must be a private RSA JWK");
            }
            return k;
        } catch (ParseException e) {
            throw new IllegalStateException("ledger.adgang.indbygget.jwk is not an RSA JWK", e);
        }
    }

    /**
     * The private JWK in {@code fil}, created (owner-only, atomically) when it does not exist yet: several nodes that share
     * the file sign and accept the same tokens, and tokens survive a restart. The proof key (ADR 0024) is kept the same way.
     */
    public static String jwkFraFil(java.nio.file.Path fil) {
        try {
            if (!java.nio.file.Files.exists(fil)) {
                java.nio.file.Path mappe = fil.toAbsolutePath().getParent();
                java.nio.file.Files.createDirectories(mappe);
                java.nio.file.Path tmp = java.nio.file.Files.createTempFile(mappe, "udsteder", ".tmp");
                try {
                    java.nio.file.Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions apply
                }
                java.nio.file.Files.writeString(tmp, ny().toJSONString());
                try {
                    // a hard link is created atomically and never replaces: of two nodes starting at once, one key wins
                    java.nio.file.Files.createLink(fil, tmp);
                } catch (java.nio.file.FileAlreadyExistsException andenNode) {
                    // the other node's key is the one
                } finally {
                    java.nio.file.Files.deleteIfExists(tmp);
                }
            }
            return java.nio.file.Files.readString(fil);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not read or create the key file " + fil, e);
        }
    }

    /** A signed token for {@code bruger}, valid for {@code levetid}. */
    public String udsted(Bruger bruger, Duration levetid) {
        return signer(noegle, bruger, clock.instant(), levetid);
    }

    /** Signs a token for {@code bruger} with {@code noegle}; the tests use it with their own (or a wrong) key. */
    public static String signer(RSAKey noegle, Bruger bruger, Instant udstedt, Duration levetid) {
        JWTClaimsSet.Builder krav = new JWTClaimsSet.Builder().issuer(UDSTEDER).subject(bruger.brugerId())
                .issueTime(Date.from(udstedt)).notBeforeTime(Date.from(udstedt)).expirationTime(Date.from(udstedt.plus(levetid)))
                .jwtID(UUID.randomUUID().toString());
        for (Map.Entry<String, Object> k : Brugerkrav.af(bruger).entrySet()) {
            krav.claim(k.getKey(), k.getValue());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(noegle.getKeyID()).build(), krav.build());
        try {
            jwt.sign(new RSASSASigner(noegle));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return jwt.serialize();
    }

    public RSAPublicKey offentligNoegle() {
        try {
            return noegle.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JWKS document. */
    public Map<String, Object> jwks() {
        return new JWKSet(noegle.toPublicJWK()).toJSONObject();
    }
}
