package dk.careledger.domain.forloeb.event;

import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/** Forløb afsluttet: the pathway ended on slutdato, with an encrypted aarsag (UC6 4.b1 "Afsluttes"). */
@Revision("1")
public record ForloebAfsluttet(ForloebId forloebId, LocalDate slutdato, KrypteretTekst aarsag, Registrering registrering)
        implements ForloebEvent {
    public ForloebAfsluttet {
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(slutdato, "slutdato");
        Objects.requireNonNull(aarsag, "aarsag");
        Objects.requireNonNull(registrering, "registrering");
    }
}
