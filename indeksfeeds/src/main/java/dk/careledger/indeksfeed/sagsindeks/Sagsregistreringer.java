package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.indeksfeed.Feedjson;

/** The stored form of a {@link Sagsregistrering} ({@code leverance.indhold}): JSON, dates ISO-8601. */
public final class Sagsregistreringer {
    private static final Feedjson<Sagsregistrering> JSON = Feedjson.af(Sagsregistrering.class, "sagsregistrering");

    private Sagsregistreringer() {
    }

    public static String json(Sagsregistrering r) {
        return JSON.json(r);
    }

    public static Sagsregistrering fraJson(String json) {
        return JSON.fraJson(json);
    }
}
