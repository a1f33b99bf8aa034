package dk.careledger.commandside.borger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The master key that wraps every citizen's data key. Taken from {@code ledger.crypto.master-key} (base64,
 * 32 bytes) when set — in production it comes from the operator's key management. Without it, a key file
 * ({@code ledger.crypto.noeglefil}, default {@code ~/.config/care-ledger/master.key}) is created once, owner-only, so
 * the embedded default keeps working across restarts. The file must lie outside {@code ledger.data-dir}: a copy of
 * the data (a backup, a copied laptop directory) is then not also a copy of the key that decrypts it, and deleting
 * the key still shreds every citizen's data (ADR 0017). A key file left in the data directory by an earlier version
 * is moved there once.
 *
 * <p>Against an external database ({@code spring.datasource.url} set) a key file is refused unless
 * {@code ledger.crypto.tillad-noeglefil=true}: a server deployment gets its key from key management, not from a file
 * that was silently generated on whichever host happened to start first.
 */
@Component
public class MasterNoegle {
    private static final Logger LOG = LoggerFactory.getLogger(MasterNoegle.class);
    static final String GAMMEL_FILNAVN = "master.key";

    /** The fixed label whose HMAC identifies the key; a new label (v2) would be a new fingerprint. */
    static final String FINGERAFTRYK_ETIKET = "care-ledger master-key fingerprint v1";

    private final SecretKey noegle;
    private final SecretKey opslagsnoegle;
    private final byte[] fingeraftryk;
    private final String kilde;

    public MasterNoegle(@Value("${ledger.crypto.master-key:}") String konfigureret,
            @Value("${ledger.crypto.noeglefil:${user.home}/.config/care-ledger/master.key}") String noeglefil,
            @Value("${ledger.data-dir:./.ledger-data}") String dataDir,
            @Value("${spring.datasource.url:}") String databaseUrl,
            @Value("${ledger.crypto.tillad-noeglefil:false}") boolean tilladNoeglefil) {
        byte[] raa;
        if (!konfigureret.isBlank()) {
            raa = Base64.getDecoder().decode(konfigureret.trim());
            kilde = "the configuration (ledger.crypto.master-key / LEDGER_MASTER_KEY)";
        } else {
            if (!databaseUrl.isBlank() && !tilladNoeglefil) {
                throw new IllegalStateException("The ledger uses an external database (LEDGER_DB_URL), but no master key "
                        + "is configured. Supply it from your key management as ledger.crypto.master-key "
                        + "(LEDGER_MASTER_KEY, 32 bytes base64), or set ledger.crypto.tillad-noeglefil=true to keep it in "
                        + "the file " + Path.of(noeglefil).toAbsolutePath().normalize() + " (ADR 0017).");
            }
            Path fil = udenforData(Path.of(noeglefil), Path.of(dataDir));
            raa = fraFil(fil, Path.of(dataDir));
            kilde = "the key file " + fil + " (ledger.crypto.noeglefil / LEDGER_MASTER_KEY_FILE)";
        }
        if (raa.length != 32) {
            throw new IllegalStateException("ledger.crypto.master-key must be 32 bytes, base64-encoded; got " + raa.length + " bytes");
        }
        this.noegle = new SecretKeySpec(raa, "AES");
        this.opslagsnoegle = new SecretKeySpec(hmac(raa, "borger-opslag".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        // The fingerprint is an HMAC of a fixed label under a key derived (the same way as the look-up key, but with
        // its own label) from the master key. HMAC-SHA256 is a pseudo-random function: its output says nothing about
        // the key, and guessing a 256-bit random key from it is as hard as guessing the key. It is neither the master
        // key nor the look-up key, and it cannot be turned into either, so a reader of the database cannot use it to
        // compute ident_hmac values and test candidate CPR numbers against the register (a CPR number has only about
        // 10^10 values; the look-up key must never leave memory). A SHA-256 of the raw master key would hide it as well;
        // deriving keeps the rule that the raw key feeds nothing but HMAC derivations, each separated by its label.
        this.fingeraftryk = hmac(hmac(raa, "noegle-fingeraftryk".getBytes(StandardCharsets.UTF_8)),
                FINGERAFTRYK_ETIKET.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Identifies this master key without revealing it (32 bytes): equal keys give equal fingerprints. Stored in
     * {@code master_noegle_fingeraftryk} by {@link MasterNoegleFingeraftryk}, so that nodes sharing one database
     * detect a different key at start-up.
     */
    public byte[] fingeraftryk() {
        return fingeraftryk.clone();
    }

    /** Where the key came from, for messages: the configuration, or the key file and its path. Never the key. */
    public String kilde() {
        return kilde;
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

    private static Path udenforData(Path noeglefil, Path dataDir) {
        Path fil = noeglefil.toAbsolutePath().normalize();
        Path data = dataDir.toAbsolutePath().normalize();
        if (fil.startsWith(data)) {
            throw new IllegalStateException("The master key file " + fil + " lies inside the data directory " + data
                    + " (ledger.data-dir): a copy of the data would be a copy of the key. Set ledger.crypto.noeglefil "
                    + "(LEDGER_MASTER_KEY_FILE) to a path outside it (ADR 0017).");
        }
        return fil;
    }

    private static synchronized byte[] fraFil(Path fil, Path dataDir) {
        try {
            flytGammelNoegle(dataDir.toAbsolutePath().normalize().resolve(GAMMEL_FILNAVN), fil);
            if (Files.exists(fil)) {
                return laes(fil);
            }
            byte[] ny = new byte[32];
            new SecureRandom().nextBytes(ny);
            skrivEjerAlene(fil, Base64.getEncoder().encodeToString(ny));
            LOG.warn("Created a new master key in {}. Every citizen's personal data is encrypted under it: back it up apart "
                    + "from the data directory; losing it loses that data, and a copy kept with the data defeats "
                    + "crypto-shredding (ADR 0017).", fil);
            return ny;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the master key file " + fil, e);
        }
    }

    /**
     * Moves {@code <data-dir>/master.key} (where versions before ADR 0017 kept it) to the key file, once. Copied to
     * the new place first and removed from the old one last, so a crash in between leaves two equal files, which the
     * next start resolves. Two different keys are never resolved by choosing one: the data needs the old one.
     */
    private static void flytGammelNoegle(Path gammel, Path fil) throws IOException {
        if (!Files.exists(gammel)) {
            return;
        }
        byte[] gammelNoegle = laes(gammel);
        if (Files.exists(fil)) {
            if (!Arrays.equals(gammelNoegle, laes(fil))) {
                throw new IllegalStateException("The data directory holds a master key (" + gammel + ") from before ADR 0017, "
                        + "and the key file " + fil + " holds a different one. The data in this directory needs the "
                        + "first: set ledger.crypto.noeglefil (LEDGER_MASTER_KEY_FILE) to a new path outside the data "
                        + "directory for it to be moved to.");
            }
        } else {
            skrivEjerAlene(fil, Base64.getEncoder().encodeToString(gammelNoegle));
        }
        Files.delete(gammel);
        LOG.warn("Moved the master key from the data directory ({}) to {}, so that a copy of the data is no longer a copy "
                + "of its key. Back that file up apart from the data directory (ADR 0017).", gammel, fil);
    }

    private static byte[] laes(Path fil) throws IOException {
        return Base64.getDecoder().decode(Files.readString(fil).trim());
    }

    /** Owner-only from the moment it exists (directory too), written in full, then renamed into place. */
    private static void skrivEjerAlene(Path fil, String indhold) throws IOException {
        Path mappe = fil.getParent();
        if (!Files.isDirectory(mappe)) {
            try {
                Files.createDirectories(mappe, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(mappe); // not a POSIX file system
            }
        }
        Path midlertidig = mappe.resolve(fil.getFileName() + ".ny");
        Files.deleteIfExists(midlertidig);
        try {
            Files.createFile(midlertidig, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(midlertidig); // not a POSIX file system; the file gets default permissions
        }
        try (FileChannel kanal = FileChannel.open(midlertidig, StandardOpenOption.WRITE)) {
            kanal.write(ByteBuffer.wrap(indhold.getBytes(StandardCharsets.US_ASCII)));
            kanal.force(true);
        }
        Files.move(midlertidig, fil, StandardCopyOption.ATOMIC_MOVE);
    }
}
