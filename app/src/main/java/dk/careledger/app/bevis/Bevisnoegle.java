package dk.careledger.app.bevis;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Map;

/**
 * The key the kommune signs checkpoints with (ADR 0024): RSA, a private JWK, from {@code ledger.bevis.jwk}
 * ({@code LEDGER_PROOF_KEY}, from the kommune's key management), else from the file {@code ledger.bevis.noeglefil}
 * ({@code LEDGER_PROOF_KEY_FILE}), created once when absent, as the embedded issuer's key is. Its public half goes out with
 * every checkpoint export; an outside party pins it and checks every checkpoint against it, never against a key the
 * database hands out.
 */
public final class Bevisnoegle {
    static final String ALGORITME = "SHA256withRSA";

    private final RSAKey noegle;
    private final String kilde;

    Bevisnoegle(String jwk, String kilde) {
        try {
            RSAKey k = RSAKey.parse(jwk);
            if (!k.isPrivate()) {
                throw new IllegalStateException("The proof key (" + kilde + ") must be a private RSA JWK");
            }
            this.noegle = k;
        } catch (ParseException e) {
            throw new IllegalStateException("The proof key (" + kilde + ") is not an RSA JWK", e);
        }
        this.kilde = kilde;
    }

    /** A short id of the public key: the JWK thumbprint (RFC 7638), so a verifier can tell which key signed. */
    public String noegleId() {
        try {
            return noegle.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAPublicKey offentligNoegle() {
        try {
            return noegle.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JWK, for the export. */
    public Map<String, Object> offentligJwk() {
        return noegle.toPublicJWK().toJSONObject();
    }

    /** Where the key came from, for messages; never the key. */
    public String kilde() {
        return kilde;
    }

    byte[] signer(byte[] besked) {
        try {
            Signature s = Signature.getInstance(ALGORITME);
            s.initSign(noegle.toRSAPrivateKey());
            s.update(besked);
            return s.sign();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Could not sign a checkpoint", e);
        }
    }
}
