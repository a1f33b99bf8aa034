package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Opfølgning gennemført: a follow-up concluded E1–E4 and planned the next one (UC6 4.b1 the four outcomes, UC3 step 4). */
@Revision("1")
public record OpfoelgningGennemfoert(BevillingId bevillingId, UUID opfoelgningId, String resultatKode,
        LocalDate gennemfoertDato, LocalDate naesteOpfoelgning, Omfang nytOmfang, KrypteretTekst notat,
        Registrering registrering) implements BevillingEvent {
    public OpfoelgningGennemfoert {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(opfoelgningId, "opfoelgningId");
        Objects.requireNonNull(resultatKode, "resultatKode");
        Objects.requireNonNull(gennemfoertDato, "gennemfoertDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
