package dk.careledger.domain.henvendelse.command;

import dk.careledger.domain.felles.HenvendelseId;

/** A request to change a henvendelse (UC1 Åbne sag). Carries plaintext; the decider encrypts free text. */
public sealed interface HenvendelseCommand permits ModtagHenvendelse, AfklarHenvendelse, HaandterHenvendelse {
    HenvendelseId henvendelseId();
}
