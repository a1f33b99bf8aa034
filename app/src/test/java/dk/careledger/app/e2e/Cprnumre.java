package dk.careledger.app.e2e;

import java.util.UUID;

/** Random CPR numbers for tests whose dates exist, as the citizen register requires (issue 15). */
public final class Cprnumre {
    private Cprnumre() {
    }

    /** Day 1–28, any month, seventh digit 0–3 (the 1900s): a date that exists in every year. */
    public static String tilfaeldigt() {
        long r = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), Long.MAX_VALUE);
        return String.format("%02d%02d%02d%04d", 1 + r % 28, 1 + (r / 28) % 12, (r / 336) % 100, (r / 33_600) % 4_000);
    }
}
