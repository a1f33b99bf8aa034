package dk.careledger.projection.borgerblik.laesning;

import dk.careledger.domain.indstilling.Titelkilde;
import dk.careledger.projection.sag.politik.laesning.Politikindstilling;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code borgerblik_konfiguration}: from {@code gyldigFra}, the kommune's sager under {@code klePraefiks}
 * ({@code ""} = all) are shown to the citizen like this. A row is a complete setting; see the migration V150 for the
 * meaning of each field and {@link Borgerbliksindstilling#for_} for which row applies.
 *
 * @param fradato         only sager that arose on or after this day are shown; null: no limit
 * @param visAeldreAktive with a fradato, older sager that are still active are shown too
 */
public record Borgerbliksregel(long id, String kommune, String klePraefiks, LocalDate gyldigFra, Titelkilde titelKilde,
        boolean dokumenttitler, LocalDate fradato, boolean visAeldreAktive, boolean niveau2, boolean skjulForBorger, Instant registreret,
        String registreretAf) {

    /** True when the prefix covers the KLE emne: {@code ''} covers all, {@code 27.36} covers {@code 27.36.04}. */
    public boolean daekker(String kle) {
        return Politikindstilling.daekker(klePraefiks, kle);
    }
}
