package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.indeksfeed.Feedjson;

/**
 * The stored form of a {@link Ydelsesregistrering} ({@code leverance.indhold}): JSON with the kind of object in
 * {@code "objekt"} ({@code BEVILLING} or {@code OEKONOMISK_EFFEKTUERING}), dates ISO-8601. It holds no personal values
 * (the citizen is the pseudonymous {@code borgerId}).
 */
public final class Ydelsesregistreringer {
    private static final Feedjson<Ydelsesregistrering> JSON = Feedjson.af(Ydelsesregistrering.class, "ydelsesregistrering");

    private Ydelsesregistreringer() {
    }

    public static String json(Ydelsesregistrering r) {
        return JSON.json(r);
    }

    public static Ydelsesregistrering fraJson(String json) {
        return JSON.fraJson(json);
    }
}
