package dk.careledger.domain.henvendelse.event;

import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/** Henvendelse afklaret: the henvender was contacted for more information before deciding on a sag (UC1 3.b1). */
@Revision("1")
public record HenvendelseAfklaret(HenvendelseId henvendelseId, LocalDate afklaretDato, KrypteretTekst afklaring,
        Registrering registrering) implements HenvendelseEvent {
    public HenvendelseAfklaret {
        Objects.requireNonNull(henvendelseId, "henvendelseId");
        Objects.requireNonNull(afklaretDato, "afklaretDato");
        Objects.requireNonNull(afklaring, "afklaring");
        Objects.requireNonNull(registrering, "registrering");
    }
}
