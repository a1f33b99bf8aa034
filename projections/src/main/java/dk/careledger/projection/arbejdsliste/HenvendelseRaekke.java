package dk.careledger.projection.arbejdsliste;

import dk.careledger.domain.felles.KrypteretTekst;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One henvendelse as the intake worklist sees it (table {@code arbejdsliste_henvendelse}). {@code kommune} is the
 * receiving kommune; {@code aarsag} stays encrypted. Not yet handled while {@code haandteretDato} is null.
 */
public record HenvendelseRaekke(UUID henvendelseId, String kommune, UUID borgerId, String kildeKode, String kanal,
        boolean henvisning, LocalDate modtagetDato, String oensketIndsatsKode, KrypteretTekst aarsag,
        LocalDate afklaretDato, LocalDate haandteretDato, String udfald) {

    /** Received and not handled: on the list. */
    public boolean uhaandteret() {
        return haandteretDato == null;
    }
}
