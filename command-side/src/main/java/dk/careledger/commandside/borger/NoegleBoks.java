package dk.careledger.commandside.borger;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Kryptering;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Per-citizen data keys (AES-256-GCM), wrapped with the {@link MasterNoegle} and kept in {@code borger_noegle}.
 * Encrypts free text for events and reads it back; once a citizen is forgotten the key row is gone and every
 * text encrypted for them reads as empty, while the events themselves still deserialize and replay.
 *
 * <p>Ciphertext format: {@code v1:} + base64(12-byte IV ‖ ciphertext+tag). Unwrapped keys are cached in memory;
 * {@link #glem} evicts. (With several application instances, a forgotten key stays readable in other instances'
 * caches until restart — acceptable for erasure at retention expiry, documented in ADR 0009.)
 */
@Component
public class NoegleBoks implements Kryptering, Dekryptering {
    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final MasterNoegle master;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, SecretKey> cache = new ConcurrentHashMap<>();

    public NoegleBoks(JdbcTemplate jdbc, MasterNoegle master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    @Override
    public KrypteretTekst krypter(BorgerId ejer, String klartekst) {
        if (klartekst == null || klartekst.isBlank()) {
            return null;
        }
        SecretKey noegle = noegle(ejer.value()).orElseThrow(() -> Afvisning.regel("BORGER_GLEMT", null,
                "Borgeren " + ejer + " er ukendt eller glemt; der kan ikke registreres personoplysninger om vedkommende"));
        return new KrypteretTekst(ejer, FORMAT + Base64.getEncoder().encodeToString(krypter(noegle, klartekst.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public Optional<String> dekrypter(KrypteretTekst tekst) {
        if (tekst == null || !tekst.chiffertekst().startsWith(FORMAT)) {
            return Optional.empty();
        }
        return noegle(tekst.ejer().value()).map(noegle -> new String(
                dekrypter(noegle, Base64.getDecoder().decode(tekst.chiffertekst().substring(FORMAT.length()))),
                StandardCharsets.UTF_8));
    }

    /** Creates and stores a new data key for a citizen (in the caller's transaction). */
    void nyNoegle(UUID borgerId) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey noegle = generator.generateKey();
            jdbc.update("INSERT INTO borger_noegle (borger_id, noegle_indpakket) VALUES (?, ?)", borgerId,
                    krypter(master.noegle(), noegle.getEncoded()));
            cache.put(borgerId, noegle);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True when the master key unwraps this wrapped data key (a {@code borger_noegle.noegle_indpakket}): AES-GCM's tag
     * makes a wrong master key fail rather than yield a wrong key. The unwrapped key is not kept.
     */
    boolean kanPakkeUd(byte[] indpakket) {
        try {
            Arrays.fill(dekrypter(master.noegle(), indpakket), (byte) 0);
            return true;
        } catch (RuntimeException e) { // wrong key, or a value too short to be IV and tag
            return false;
        }
    }

    /**
     * Destroys a citizen's data key (crypto-shredding). Evicted from the cache now and again when the transaction has
     * committed: until then the row is still visible to everyone else, so a decryption on another thread in between
     * (a projection, a read) would put the key back into the cache for good.
     */
    void glem(UUID borgerId) {
        jdbc.update("DELETE FROM borger_noegle WHERE borger_id = ?", borgerId);
        cache.remove(borgerId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(borgerId);
                }
            });
        }
    }

    /**
     * Decrypts a citizen's text with the data key the caller read beside it ({@code borger_noegle.noegle_indpakket}), so a
     * scan over many citizens does not read each key on its own (the name search, ADR 0029).
     */
    Optional<String> dekrypter(UUID borgerId, byte[] indpakket, String chiffertekst) {
        if (chiffertekst == null || indpakket == null || !chiffertekst.startsWith(FORMAT)) {
            return Optional.empty();
        }
        SecretKey noegle = cache.computeIfAbsent(borgerId, id -> new SecretKeySpec(dekrypter(master.noegle(), indpakket), "AES"));
        return Optional.of(new String(dekrypter(noegle, Base64.getDecoder().decode(chiffertekst.substring(FORMAT.length()))), StandardCharsets.UTF_8));
    }

    private Optional<SecretKey> noegle(UUID borgerId) {
        SecretKey cached = cache.get(borgerId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.query("SELECT noegle_indpakket FROM borger_noegle WHERE borger_id = ?",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), borgerId)
                .map(indpakket -> {
                    SecretKey noegle = new SecretKeySpec(dekrypter(master.noegle(), indpakket), "AES");
                    cache.put(borgerId, noegle);
                    return noegle;
                });
    }

    private byte[] krypter(SecretKey noegle, byte[] data) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, noegle, new GCMParameterSpec(TAG_BITS, iv));
            byte[] ct = cipher.doFinal(data);
            return ByteBuffer.allocate(IV_BYTES + ct.length).put(iv).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] dekrypter(SecretKey noegle, byte[] ivOgData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, noegle, new GCMParameterSpec(TAG_BITS, ivOgData, 0, IV_BYTES));
            return cipher.doFinal(ivOgData, IV_BYTES, ivOgData.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt: wrong key or corrupted data", e);
        }
    }
}
