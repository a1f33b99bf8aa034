package dk.careledger.domain.henvendelse.event;

import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Registrering;

/** A fact about a henvendelse (UC1 Åbne sag). The package name is persisted with every event: never move it. */
public sealed interface HenvendelseEvent permits HenvendelseModtaget, HenvendelseAfklaret, HenvendelseHaandteret {
    HenvendelseId henvendelseId();

    Registrering registrering();
}
