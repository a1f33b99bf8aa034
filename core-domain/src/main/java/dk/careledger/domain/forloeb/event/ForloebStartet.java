package dk.careledger.domain.forloeb.event;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Forløb startet: a pathway of a catalogue type was started for the citizen (UC3 step 2).
 *
 * <p>{@code kleNummer} is copied from the forløbstype catalogue at start, so the fact stays true if the catalogue changes.
 */
@Revision("1")
public record ForloebStartet(ForloebId forloebId, BorgerId borgerId, String forloebstypeKode, String kleNummer,
        LocalDate startdato, Registrering registrering) implements ForloebEvent {
    public ForloebStartet {
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(borgerId, "borgerId");
        Objects.requireNonNull(forloebstypeKode, "forloebstypeKode");
        Objects.requireNonNull(kleNummer, "kleNummer");
        Objects.requireNonNull(startdato, "startdato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
