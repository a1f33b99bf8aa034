package dk.careledger.domain.indstilling.event;

import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.indstilling.Titelkilde;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Borgerblik fastsat: from {@code gyldigFra}, the kommune's sager under {@code klePraefiks} ({@code ""} = all) are
 * shown to the citizen so; a complete setting.
 *
 * @param titelKilde      the sag's own title or the KLE emne's
 * @param dokumenttitler  show the titles (never the contents) of the sag's letters
 * @param fradato         only sager that arose on or after this day are shown; null: no limit
 * @param visAeldreAktive with a fradato, older sager that are still active are shown too
 * @param niveau2         solution B: also the names of the bevilgede ydelser
 * @param skjulForBorger  Visningsklasse: the sager are hidden from the citizen (the Sagsindeks marks them)
 */
@Revision("1")
public record BorgerblikFastsat(Cvr kommune, String klePraefiks, LocalDate gyldigFra, Titelkilde titelKilde, boolean dokumenttitler,
        LocalDate fradato, boolean visAeldreAktive, boolean niveau2, boolean skjulForBorger, Registrering registrering)
        implements KommuneindstillingEvent {
    public BorgerblikFastsat {
        Objects.requireNonNull(kommune, "kommune");
        Objects.requireNonNull(klePraefiks, "klePraefiks");
        Objects.requireNonNull(gyldigFra, "gyldigFra");
        Objects.requireNonNull(titelKilde, "titelKilde");
        Objects.requireNonNull(registrering, "registrering");
    }
}
