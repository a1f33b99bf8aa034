package dk.careledger.app.benchmark;

import java.util.Locale;

/** Progress lines on standard output, each with the minutes and seconds since the run began. */
final class Fremskridt {
    private final long start = System.nanoTime();
    private final boolean tavs;

    Fremskridt(boolean tavs) {
        this.tavs = tavs;
    }

    void meld(String format, Object... argumenter) {
        if (tavs) {
            return;
        }
        long s = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf(Locale.ROOT, "[benchmark %02d:%02d] %s%n", s / 60, s % 60, String.format(Locale.ROOT, format, argumenter));
        System.out.flush();
    }
}
