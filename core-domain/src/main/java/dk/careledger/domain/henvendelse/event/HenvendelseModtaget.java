package dk.careledger.domain.henvendelse.event;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.henvendelse.Kanal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Henvendelse modtaget: an ansøgning/henvendelse/henvisning was received and registered on the citizen (UC1 step 1 and 3).
 *
 * <p>{@code henvisning} is copied from the FSIII catalogue flag of {@code kildeKode} at the time of receipt, so
 * the fact stays true if the catalogue changes. {@code diagnose} and {@code oensketIndsatsKode} are optional.
 * {@code borgerId} may denote an anonymous citizen (UC1 3.c1) or one without CPR.
 */
@Revision("1")
public record HenvendelseModtaget(HenvendelseId henvendelseId, BorgerId borgerId, String kildeKode, Kanal kanal,
        LocalDate modtagetDato, KrypteretTekst aarsag, KrypteretTekst diagnose, String oensketIndsatsKode,
        boolean henvisning, Registrering registrering) implements HenvendelseEvent {
    public HenvendelseModtaget {
        Objects.requireNonNull(henvendelseId, "henvendelseId");
        Objects.requireNonNull(borgerId, "borgerId");
        Objects.requireNonNull(kildeKode, "kildeKode");
        Objects.requireNonNull(kanal, "kanal");
        Objects.requireNonNull(modtagetDato, "modtagetDato");
        Objects.requireNonNull(aarsag, "aarsag");
        Objects.requireNonNull(registrering, "registrering");
    }
}
