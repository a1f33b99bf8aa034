package dk.careledger.domain.felles;

/** The role in which a user acted. Recorded on every event (who did it, in which capacity). */
public enum Rolle {
    /** Myndighed: sagsbehandler, rådgiver, visitator. */
    SAGSBEHANDLER,
    /** Koordinator or team leader with authority to decide (visitationsudvalg, visitationschef). */
    KOORDINATOR,
    /** Selvvisiterende enhed: nursing, training or health centre that grants without a sag. */
    SELVVISITERENDE,
    /** Leverandør staff who deliver and follow up (hjemmepleje, sygepleje, træning). */
    UDFOERER,
    /** Changes the kommune's settings (closing policy, case concept, sagsbehandlingsfrister, Borgerblik; ADR 0021). */
    KONFIGURATOR,
    /** The ledger itself or an integration, e.g. a process that starts a revisitation. */
    SYSTEM
}
