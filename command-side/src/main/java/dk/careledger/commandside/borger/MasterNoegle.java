package dk.careledger.commandside.borger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The master key that wraps every citizen's data key. Taken from {@code ledger.crypto.master-key} (base64,
 * 32 bytes) when set — in production it comes from the operator's key management. Without it, a key file is
 * created once under the data directory ({@code ledger.data-dir}) with owner-only permissions, so the embedded
 * default keeps working across restarts.
 */
@Component
public class MasterNoegle {
    private final SecretKey noegle;
    private final SecretKey opslagsnoegle;

    public MasterNoegle(@Value("${ledger.crypto.master-key:}") String konfigureret,
            @Value("${ledger.data-dir:./.ledger-data}") String dataDir) {
        byte[] raa = konfigureret.isBlank() ? fraFil(Path.of(dataDir, "master.key")) : Base64.getDecoder().decode(konfigureret.trim());
        if (raa.length != 32) {
            throw new IllegalStateException("ledger.crypto.master-key must be 32 bytes, base64-encoded; got " + raa.length + " bytes");
        }
        this.noegle = new SecretKeySpec(raa, "AES");
        this.opslagsnoegle = new SecretKeySpec(hmac(raa, "borger-opslag".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    SecretKey noegle() {
        return noegle;
    }

    /** HMAC of a normalised identifier (CPR or erstatnings-CPR), for lookup without storing it in plaintext. */
    byte[] opslag(String identifikator) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(opslagsnoegle);
            return mac.doFinal(identifikator.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized byte[] fraFil(Path fil) {
        try {
            if (Files.exists(fil)) {
                return Base64.getDecoder().decode(Files.readString(fil).trim());
            }
            Files.createDirectories(fil.getParent());
            byte[] ny = new byte[32];
            new SecureRandom().nextBytes(ny);
            Files.writeString(fil, Base64.getEncoder().encodeToString(ny));
            try {
                Files.setPosixFilePermissions(fil, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the file stays with default permissions
            }
            return ny;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the master key file " + fil, e);
        }
    }
}
