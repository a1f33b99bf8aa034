package dk.careledger.domain.adgang;

import dk.careledger.domain.felles.Rolle;

/**
 * A role a user holds in the ledger (KOMBIT style: a right is a role plus optional data limits, see {@link Bruger}).
 * It says what a user may do; {@link Rolle} on an event says in which capacity they did it.
 */
public enum Adgangsrolle {
    /** Myndighed: opens, informs and decides sager, gives bevillinger, reads its kommune's citizens. */
    SAGSBEHANDLER(Rolle.SAGSBEHANDLER),
    /** Leder/visitationschef: everything a sagsbehandler may, in the capacity of koordinator. */
    LEDER(Rolle.KOORDINATOR),
    /** Selvvisiterende enhed: grants and follows up without a sag. */
    SELVVISITERENDE(Rolle.SELVVISITERENDE),
    /** Leverandør staff: records leveringer and opfølgninger on the bevillinger ordered from its kommune. */
    LEVERANDOER(Rolle.UDFOERER),
    /** Revisor: reads everything of its kommune, the access log included; writes nothing. */
    REVISOR(null),
    /** An integration (KOMBIT's indexes): pulls the feeds of its kommune. */
    INTEGRATION(null),
    /** Kommune settings: closing policy, sagsbehandlingsfrister, Borgerblik rules. */
    KONFIGURATION(Rolle.KONFIGURATOR),
    /** Operations: projections, feed reconciliation, metrics. Sees no citizen. */
    DRIFT(null);

    private final Rolle haendelsesrolle;

    Adgangsrolle(Rolle haendelsesrolle) {
        this.haendelsesrolle = haendelsesrolle;
    }

    /** The role recorded on an event this role writes; null for roles that write no events. */
    public Rolle haendelsesrolle() {
        return haendelsesrolle;
    }
}
