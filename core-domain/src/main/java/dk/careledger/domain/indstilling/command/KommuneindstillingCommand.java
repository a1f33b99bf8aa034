package dk.careledger.domain.indstilling.command;

import dk.careledger.domain.felles.Cvr;

/** A request to change one of a kommune's settings; the kommune's CVR is the aggregate's id (ADR 0021). */
public sealed interface KommuneindstillingCommand permits FastsaetPolitik, FastsaetSagsbehandlingsfrist, FastsaetBorgerblik {
    Cvr kommune();
}
