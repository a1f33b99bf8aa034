package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded issuer's demo users: one per role in Aalborg, and a sagsbehandler, a leverandør and a revisor in
 * Aarhus, so that kommune isolation and a leverandør kommune can be tried against the embedded default. They exist
 * only when no issuer is configured (ADR 0019). Demo users have no password: the embedded issuer is for development.
 */
public final class Demobrugere {
    public static final Cvr AALBORG = new Cvr("29189420");
    public static final Cvr AARHUS = new Cvr("55133018");

    private static final Map<String, Bruger> BRUGERE = new LinkedHashMap<>();

    static {
        tilfoej("sagsbehandler-aalborg", AALBORG, Adgangsrolle.SAGSBEHANDLER, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER);
        tilfoej("leder-aalborg", AALBORG, Adgangsrolle.LEDER, Foelsomhed.VIP_SAGER);
        tilfoej("selvvisiterende-aalborg", AALBORG, Adgangsrolle.SELVVISITERENDE, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER);
        tilfoej("leverandoer-aalborg", AALBORG, Adgangsrolle.LEVERANDOER, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER);
        tilfoej("revisor-aalborg", AALBORG, Adgangsrolle.REVISOR, Foelsomhed.VIP_SAGER);
        tilfoej("integration-aalborg", AALBORG, Adgangsrolle.INTEGRATION, Foelsomhed.VIP_SAGER);
        tilfoej("konfiguration-aalborg", AALBORG, Adgangsrolle.KONFIGURATION, Foelsomhed.IKKE_FORTROLIGE_DATA);
        tilfoej("drift", AALBORG, Adgangsrolle.DRIFT, Foelsomhed.IKKE_FORTROLIGE_DATA);
        tilfoej("sagsbehandler-aarhus", AARHUS, Adgangsrolle.SAGSBEHANDLER, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER);
        tilfoej("leverandoer-aarhus", AARHUS, Adgangsrolle.LEVERANDOER, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER);
        tilfoej("revisor-aarhus", AARHUS, Adgangsrolle.REVISOR, Foelsomhed.VIP_SAGER);
    }

    private Demobrugere() {
    }

    private static void tilfoej(String id, Cvr kommune, Adgangsrolle rolle, Foelsomhed foelsomhed) {
        BRUGERE.put(id, new Bruger(id, kommune, Set.of(rolle), List.of(), foelsomhed, null));
    }

    public static Optional<Bruger> find(String brugerId) {
        return Optional.ofNullable(BRUGERE.get(brugerId));
    }

    public static List<Bruger> alle() {
        return List.copyOf(BRUGERE.values());
    }
}
