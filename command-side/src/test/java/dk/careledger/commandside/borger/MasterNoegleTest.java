package dk.careledger.commandside.borger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master key comes from, and that it never lies with the data it protects (ADR 0017). */
class MasterNoegleTest {

    private static final String INGEN_DATABASE = "";
    private static final String EKSTERN_DATABASE = "jdbc:postgresql://db.example:5432/careledger";

    @TempDir
    Path tmp;

    private Path dataDir() {
        return tmp.resolve("data");
    }

    private Path noeglefil() {
        return tmp.resolve("config/care-ledger/master.key");
    }

    private MasterNoegle indbygget() {
        return new MasterNoegle("", noeglefil().toString(), dataDir().toString(), INGEN_DATABASE, false);
    }

    @Test
    void givenNoConfiguredKey_whenStarted_thenAKeyFileIsMadeOutsideTheDataDirectoryOwnerOnlyAndReusedOnRestart()
            throws Exception {
        byte[] foerste = indbygget().noegle().getEncoded();

        assertThat(noeglefil()).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(noeglefil()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(noeglefil().getParent())))
                .isEqualTo("rwx------");
        assertThat(dataDir().resolve("master.key")).doesNotExist();
        assertThat(indbygget().noegle().getEncoded()).isEqualTo(foerste);
    }

    @Test
    void givenAKeyFileInTheDataDirectoryFromBefore_whenStarted_thenItIsMovedOnceAndWhatItWrappedStillDecrypts()
            throws Exception {
        byte[] gammelNoegle = new byte[32];
        new SecureRandom().nextBytes(gammelNoegle);
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("master.key"), Base64.getEncoder().encodeToString(gammelNoegle));
        byte[] indpakket = indpak(new SecretKeySpec(gammelNoegle, "AES"), "borgerens datanøgle");

        MasterNoegle flyttet = indbygget();

        assertThat(dataDir().resolve("master.key")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(noeglefil()))).isEqualTo("rw-------");
        assertThat(pakUd(flyttet.noegle(), indpakket)).isEqualTo("borgerens datanøgle");
        assertThat(pakUd(indbygget().noegle(), indpakket)).as("after the next restart too").isEqualTo("borgerens datanøgle");
    }

    @Test
    void givenAnOldKeyInTheDataDirectoryAndADifferentKeyFile_whenStarted_thenItIsRefusedAndBothKeysAreKept()
            throws Exception {
        indbygget();
        String eksisterende = Files.readString(noeglefil());
        byte[] anden = new byte[32];
        new SecureRandom().nextBytes(anden);
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("master.key"), Base64.getEncoder().encodeToString(anden));

        assertThatThrownBy(this::indbygget).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds a different one");
        assertThat(dataDir().resolve("master.key")).exists();
        assertThat(Files.readString(noeglefil())).isEqualTo(eksisterende);
    }

    @Test
    void givenAKeyFileInsideTheDataDirectory_whenStarted_thenItIsRefused() {
        assertThatThrownBy(() -> new MasterNoegle("", dataDir().resolve("keys/master.key").toString(),
                dataDir().toString(), INGEN_DATABASE, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lies inside the data directory");
        assertThat(dataDir().resolve("keys/master.key")).doesNotExist();
    }

    @Test
    void givenAnExternalDatabaseAndNoConfiguredKey_whenStarted_thenItIsRefusedUnlessAKeyFileIsAllowed() {
        assertThatThrownBy(() -> new MasterNoegle("", noeglefil().toString(), dataDir().toString(), EKSTERN_DATABASE, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no master key is configured")
                .hasMessageContaining("ledger.crypto.tillad-noeglefil=true");
        assertThat(noeglefil()).doesNotExist();

        new MasterNoegle("", noeglefil().toString(), dataDir().toString(), EKSTERN_DATABASE, true);
        assertThat(noeglefil()).exists();
    }

    @Test
    void givenAConfiguredKey_whenStartedAgainstAnExternalDatabase_thenItIsUsedAndNoFileIsWritten() {
        byte[] raa = new byte[32];
        new SecureRandom().nextBytes(raa);

        MasterNoegle master = new MasterNoegle(Base64.getEncoder().encodeToString(raa), noeglefil().toString(),
                dataDir().toString(), EKSTERN_DATABASE, false);

        assertThat(master.noegle().getEncoded()).isEqualTo(raa);
        assertThat(noeglefil()).doesNotExist();
    }

    @Test
    void theFingerprintIsTheSameForTheSameKeyDifferentForAnotherAndIsNeitherTheKeyNorTheLookUpHmac() {
        byte[] raa = new byte[32];
        new SecureRandom().nextBytes(raa);
        String base64 = Base64.getEncoder().encodeToString(raa);
        MasterNoegle master = new MasterNoegle(base64, noeglefil().toString(), dataDir().toString(), EKSTERN_DATABASE, false);

        assertThat(master.fingeraftryk()).hasSize(32)
                .isEqualTo(new MasterNoegle(base64, "", dataDir().toString(), INGEN_DATABASE, false).fingeraftryk())
                .isNotEqualTo(raa)
                .isNotEqualTo(indbygget().fingeraftryk())
                .isNotEqualTo(master.opslag(MasterNoegle.FINGERAFTRYK_ETIKET));
    }

    @Test
    void theKeysSourceNamesTheConfigurationOrTheKeyFilesPathAndNeverTheKey() {
        byte[] raa = new byte[32];
        new SecureRandom().nextBytes(raa);
        String base64 = Base64.getEncoder().encodeToString(raa);

        assertThat(new MasterNoegle(base64, noeglefil().toString(), dataDir().toString(), EKSTERN_DATABASE, false).kilde())
                .contains("ledger.crypto.master-key").doesNotContain(base64);
        MasterNoegle fraFil = indbygget();
        assertThat(fraFil.kilde()).contains(noeglefil().toString())
                .doesNotContain(Base64.getEncoder().encodeToString(fraFil.noegle().getEncoded()));
    }

    /** AES-GCM as NoegleBoks wraps a citizen's data key: IV ‖ ciphertext+tag. */
    private static byte[] indpak(SecretKey noegle, String data) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, noegle, new GCMParameterSpec(128, iv));
        byte[] ct = cipher.doFinal(data.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
    }

    private static String pakUd(SecretKey noegle, byte[] indpakket) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, noegle, new GCMParameterSpec(128, indpakket, 0, 12));
        return new String(cipher.doFinal(indpakket, 12, indpakket.length - 12), StandardCharsets.UTF_8);
    }
}
