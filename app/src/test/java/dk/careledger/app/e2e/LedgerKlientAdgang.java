package dk.careledger.app.e2e;

import java.util.Map;
import java.util.UUID;

/** {@link LedgerKlient} for tests in other packages, with a few ready-made commands. */
public final class LedgerKlientAdgang {
    private final LedgerKlient klient;

    public LedgerKlientAdgang(int port) {
        this.klient = new LedgerKlient(port);
    }

    private LedgerKlientAdgang(LedgerKlient klient) {
        this.klient = klient;
    }

    /** The same client acting as another user and role (names as the events record them, or {@code Adgangsrolle} names). */
    public LedgerKlientAdgang som(String bruger, String rolle) {
        return new LedgerKlientAdgang(klient.som(bruger, rolle));
    }

    /** A client acting for {@code kommune}. */
    public LedgerKlientAdgang(int port, String kommune) {
        this.klient = new LedgerKlient(port).iKommune(kommune);
    }

    /** An answer's status and JSON body. */
    public record Svar(int status, com.fasterxml.jackson.databind.JsonNode krop) {
    }

    public static Map<String, Object> json(Object... par) {
        return LedgerKlient.json(par);
    }

    public UUID borger() {
        return klient.borger(IdempotensOgSamtidighedTest.cpr(), "Test Borger");
    }

    public Svar post(String sti, Map<String, ?> krop) {
        LedgerKlient.Svar s = klient.post(sti, krop);
        return new Svar(s.status(), s.krop());
    }

    public Svar get(String sti) {
        LedgerKlient.Svar s = klient.get(sti);
        return new Svar(s.status(), s.krop());
    }

    public UUID startForloeb(UUID borger) {
        UUID id = UUID.randomUUID();
        Svar s = post("/api/forloeb", json("forloebId", id, "borgerId", borger, "forloebstypeKode", "SEL-83", "startdato", "2026-03-02"));
        if (s.status() != 201) {
            throw new IllegalStateException("Could not start a forløb: " + s);
        }
        return id;
    }
}
