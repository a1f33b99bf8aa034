package dk.careledger.app.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL will not run as root. When the JVM is root, zonky's {@code EmbeddedPostgres} runs {@code initdb},
 * {@code pg_ctl} and {@code postgres} through {@code unshare -U}: inside a fresh user namespace with no uid mapping
 * the process sees itself as the overflow user (65534, "nobody") while the kernel still checks file access as root.
 * zonky decides this with the same two probes as here ({@code unshare -U id -u} is not 0, and {@code unshare -U id -un}
 * succeeds); when they fail it silently runs {@code initdb} as root, which aborts with an obscure message. This check
 * turns that into an error that says what to do.
 */
final class RootUserNamespace {

    private RootUserNamespace() {
    }

    static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (Throwable e) { // not a Unix JVM, or the jdk.security.auth module is missing
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static void requireUsable() {
        if (!runningAsRoot()) {
            return;
        }
        String uid = probe("unshare", "-U", "id", "-u");
        String name = probe("unshare", "-U", "id", "-un");
        if (uid != null && !uid.equals("0") && name != null) {
            return;
        }
        throw new IllegalStateException("""
                This process runs as root, and PostgreSQL refuses to run as root. The embedded database runs it in \
                a new user namespace ('unshare -U' from util-linux), but that does not work here \
                ('unshare -U id -u' gave %s, 'unshare -U id -un' gave %s). Either install util-linux and allow \
                unprivileged user namespaces (sysctl user.max_user_namespaces > 0, and on Debian/Ubuntu \
                kernel.unprivileged_userns_clone=1), run the ledger as a non-root user, or use an external \
                PostgreSQL by setting LEDGER_DB_URL, LEDGER_DB_USER and LEDGER_DB_PASSWORD."""
                .formatted(uid == null ? "an error" : "'" + uid + "'", name == null ? "an error" : "'" + name + "'"));
    }

    /** @return the first line of the command's output, or null if it could not run or failed */
    private static String probe(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            int newline = output.indexOf('\n');
            return newline < 0 ? output : output.substring(0, newline);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
