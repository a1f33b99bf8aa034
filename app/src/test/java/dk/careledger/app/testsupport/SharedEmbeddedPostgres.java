package dk.careledger.app.testsupport;

import dk.careledger.app.embedded.LedgerPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL per test JVM, started on first use in a temporary directory and deleted when the JVM exits. It
 * runs without fsync ({@link LedgerPostgres.Options#throwaway}): a crash loses nothing a test needs (ADR 0017).
 * Every caller gets its own fresh, empty database in it ({@code CREATE DATABASE}), so Spring contexts never see each
 * other's events, tokens or projections, while the server start (a few seconds) is paid once. Each database also
 * comes with its own temporary {@code ledger.data-dir}, so tests never write into the working tree.
 *
 * <p>With Spring, prefer {@link EmbeddedPostgresTest} on a {@code @SpringBootTest}. Without it:
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     SharedEmbeddedPostgres.registerFreshDatabase(registry);
 * }
 * }</pre>
 */
public final class SharedEmbeddedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The proof key every test context signs its checkpoints with (ADR 0024), as key management would supply it. */
    public static final String BEVISNOEGLE = nyBevisnoegle();
    private static Path root;
    private static LedgerPostgres server;

    private SharedEmbeddedPostgres() {
    }

    public static synchronized LedgerPostgres server() {
        if (server == null) {
            try {
                root = Files.createTempDirectory("care-ledger-test");
                server = LedgerPostgres.start(LedgerPostgres.Options.throwaway(root.resolve("pg")));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the shared test PostgreSQL", e);
            }
            LedgerPostgres started = server;
            Path directory = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteDataDirectories(directory);
            }, "care-ledger-test-pg-stop"));
        }
        return server;
    }

    /** Creates a new, empty database and returns its name. */
    public static String freshDatabase() {
        LedgerPostgres postgres = server();
        String name = "test_" + DATABASES.incrementAndGet();
        postgres.createDatabaseIfMissing(name);
        return name;
    }

    /**
     * The Spring properties that point a context at a new, empty database and a new, empty data directory, with its
     * own master key and the proof key (as configured key management would supply them: no key file, nothing under the
     * user's home).
     */
    public static Map<String, String> freshDatabaseProperties() {
        String database = freshDatabase();
        byte[] masterKey = new byte[32];
        RANDOM.nextBytes(masterKey);
        return Map.of(
                "spring.datasource.url", server().jdbcUrl(database),
                "spring.datasource.username", LedgerPostgres.SUPERUSER,
                "spring.datasource.password", server().password(),
                "ledger.data-dir", root.resolve(database).toString(),
                "ledger.crypto.master-key", Base64.getEncoder().encodeToString(masterKey),
                "ledger.bevis.jwk", BEVISNOEGLE);
    }

    public static void registerFreshDatabase(DynamicPropertyRegistry registry) {
        freshDatabaseProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The per-database data directories; the cluster itself is removed by {@link LedgerPostgres#close()}. */
    private static void deleteDataDirectories(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : children.filter(p -> p.getFileName().toString().startsWith("test_")).toList()) {
                try (Stream<Path> tree = Files.walk(child)) {
                    for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
            Files.deleteIfExists(directory);
        } catch (IOException | RuntimeException e) {
            // best effort at JVM exit; the directory is under java.io.tmpdir
        }
    }

    private static String nyBevisnoegle() {
        try {
            return new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate().toJSONString();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
