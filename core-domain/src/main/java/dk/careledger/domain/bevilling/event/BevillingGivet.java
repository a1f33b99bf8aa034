package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.katalog.Ydelsestype;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Bevilling givet: an indsats was granted to the citizen, with start, omfang and ramme (UC3 afgørelse, 4.a1 venteliste when startdato is null).
 *
 * <p>{@code kleNummer}, {@code hjemmel} and {@code ydelsestype} are copied from the indsats catalogue when
 * granted, so the fact stays true if the catalogue changes. Optional: sagId and afgoerelseId (selvvisiterende
 * grants have none), startdato, slutdato, omfang, ramme, egenbetalingOere, beloebOere.
 */
@Revision("1")
public record BevillingGivet(BevillingId bevillingId, BorgerId borgerId, SagId sagId, AfgoerelseId afgoerelseId,
        String indsatsKode, String kleNummer, String hjemmel, Ydelsestype ydelsestype, LocalDate startdato,
        LocalDate slutdato, Omfang omfang, Omfang ramme, Long egenbetalingOere, Long beloebOere,
        LocalDate bevilgetDato, Registrering registrering) implements BevillingEvent {
    public BevillingGivet {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(borgerId, "borgerId");
        Objects.requireNonNull(indsatsKode, "indsatsKode");
        Objects.requireNonNull(kleNummer, "kleNummer");
        Objects.requireNonNull(hjemmel, "hjemmel");
        Objects.requireNonNull(ydelsestype, "ydelsestype");
        Objects.requireNonNull(bevilgetDato, "bevilgetDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
