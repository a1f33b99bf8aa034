package dk.careledger.domain.forloeb.command;

import dk.careledger.domain.felles.ForloebId;

/** A request to change a forløb (care pathway, UC3 step 2). Carries plaintext; the decider encrypts free text. */
public sealed interface ForloebCommand permits StartForloeb, TilknytSag, TilknytBevilling, AfslutForloeb {
    ForloebId forloebId();
}
