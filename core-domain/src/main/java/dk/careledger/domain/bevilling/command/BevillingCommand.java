package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.BevillingId;

/**
 * A request to change a bevilling (UC3 afgørelse/bestilling, UC6 levering, UC8 ikke-planlagt levering).
 * Carries plaintext; the decider encrypts free text with the citizen's key.
 */
public sealed interface BevillingCommand permits GivBevilling, BestilBevilling, FastsaetStartdato, AendrBevilling,
        OphoerBevilling, RegistrerLevering, RegistrerIkkeLeveret, RegistrerUplanlagtLevering, GennemfoerOpfoelgning,
        AnnullerLevering, RetStartdato, TilknytSagTilBevilling {
    BevillingId bevillingId();
}
