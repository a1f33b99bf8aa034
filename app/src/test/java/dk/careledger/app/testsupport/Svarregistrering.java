package dk.careledger.app.testsupport;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Records which answers the API tests get: every {@code (method, path, status)} of a request to {@code /api/…} or
 * {@code /oauth2/…} that any test context's server answers, one line each, in {@code target/api-svar/<jvm>.txt}.
 * {@code OpenApiDaekningTest} compares them with the OpenAPI document (issue 18: every documented status is reached by a
 * test).
 *
 * <p>A servlet filter, first in the chain (before Spring Security, so a 401 is recorded too), registered in every test
 * context by {@link EmbeddedPostgresInitializer}; the test run's launcher session clears the folder when it opens
 * (registered in {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}), except in the surefire
 * execution that runs the comparison after all other tests (system property {@value #SAMMENLIGNING}).
 */
public final class Svarregistrering implements Filter, LauncherSessionListener {
    /** Set by the surefire execution that compares; the recordings of the run before it must then stay. */
    public static final String SAMMENLIGNING = "careledger.openapi-daekning";
    public static final Path MAPPE = Path.of(System.getProperty("careledger.api-svar.mappe", "target/api-svar"));
    private static final Path FIL = MAPPE.resolve(ProcessHandle.current().pid() + ".txt");
    private static final Set<String> SET = ConcurrentHashMap.newKeySet();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean(SAMMENLIGNING)) {
            return;
        }
        try {
            if (Files.isDirectory(MAPPE)) {
                try (Stream<Path> filer = Files.list(MAPPE)) {
                    for (Path f : filer.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest r && response instanceof HttpServletResponse s
                    && (r.getRequestURI().startsWith("/api/") || r.getRequestURI().startsWith("/oauth2/"))) {
                registrer(r.getMethod() + " " + r.getRequestURI() + " " + s.getStatus());
            }
        }
    }

    private static void registrer(String linje) {
        if (SET.add(linje)) {
            synchronized (Svarregistrering.class) {
                try {
                    Files.createDirectories(MAPPE);
                    Files.writeString(FIL, linje + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Every line recorded so far by every test JVM of this run: {@code "POST /api/sager 201"}. */
    public static List<String> alle() throws IOException {
        if (!Files.isDirectory(MAPPE)) {
            return List.of();
        }
        try (Stream<Path> filer = Files.list(MAPPE)) {
            return filer.flatMap(f -> {
                try {
                    return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).distinct().sorted().toList();
        }
    }
}
