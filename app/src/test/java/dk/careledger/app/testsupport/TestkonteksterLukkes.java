package dk.careledger.app.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closes every test application context when the test run ends, while the shared PostgreSQL still runs.
 *
 * <p>Left to the JVM's exit, the contexts close in Spring's shutdown hook at the same moment as zonky's own hook stops
 * PostgreSQL (zonky registers it and keeps no reference, so it cannot be ordered): each context then closes against a
 * dead server, its processors wait out Axon's shutdown timeout, and surefire killed the fork 30 s after the last test.
 * Registered in {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public class TestkonteksterLukkes implements LauncherSessionListener {
    private static final List<ConfigurableApplicationContext> KONTEKSTER = new CopyOnWriteArrayList<>();

    static void husk(ConfigurableApplicationContext context) {
        KONTEKSTER.add(context);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        List<ConfigurableApplicationContext> aabne = new ArrayList<>(KONTEKSTER);
        Collections.reverse(aabne);
        for (ConfigurableApplicationContext c : aabne) {
            try {
                if (c.isActive()) {
                    c.close();
                }
            } catch (RuntimeException e) {
                System.err.println("Closing a test context at the end of the run failed: " + e);
            }
        }
        KONTEKSTER.clear();
    }
}
