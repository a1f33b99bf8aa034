package dk.careledger.domain.indstilling.command;

import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.indstilling.Titelkilde;
import java.time.LocalDate;

/**
 * A complete Borgerblikket setting for the kommune's sager under {@code klePraefiks} ({@code ""} or null = all) from
 * {@code gyldigFra}. {@code titelKilde}, {@code dokumenttitler}, {@code niveau2} and {@code skjulForBorger} are required,
 * so a field left out never silently falls back to a default (a setting meant to turn niveau 2 on must not un-hide sager
 * by omission); {@code fradato} (no limit) and {@code visAeldreAktive} (false) may be left out.
 */
public record FastsaetBorgerblik(@Paakraevet Cvr kommune, String klePraefiks, @Paakraevet LocalDate gyldigFra, @Paakraevet Titelkilde titelKilde, @Paakraevet Boolean dokumenttitler,
        LocalDate fradato, Boolean visAeldreAktive, @Paakraevet Boolean niveau2, @Paakraevet Boolean skjulForBorger) implements KommuneindstillingCommand {
}
