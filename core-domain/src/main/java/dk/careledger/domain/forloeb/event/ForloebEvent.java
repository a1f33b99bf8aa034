package dk.careledger.domain.forloeb.event;

import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Registrering;

/** A fact about a forløb (care pathway). The package name is persisted with every event: never move it. */
public sealed interface ForloebEvent
        permits ForloebStartet, SagTilknyttetForloeb, BevillingTilknyttetForloeb, ForloebAfsluttet {
    ForloebId forloebId();

    Registrering registrering();
}
