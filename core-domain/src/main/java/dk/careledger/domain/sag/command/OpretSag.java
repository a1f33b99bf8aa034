package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.List;

/**
 * Open a sag on the citizen (UC1 steps 3–4) with the index's mandatory classification: one KLE emne, one
 * handlingsfacet, a følsomhed, the owning authority and the responsible unit.
 *
 * @param borgerId     the primær part; its key encrypts the sag's free text
 * @param henvendelser the henvendelser the sag was opened from (UC1 step 6); optional, empty for a sag the
 *                     kommune opens itself
 * @param titel        plaintext
 * @param sagsbehandler optional (UC1 4.a1: not yet known)
 */
public record OpretSag(@Paakraevet SagId sagId, String sagsnummer, @Paakraevet BorgerId borgerId, @Paakraevet Cvr ejer, @Paakraevet String ansvarligEnhed,
        @Paakraevet String kleNummer, @Paakraevet String handlingsfacet, @Paakraevet Foelsomhed foelsomhed, @Paakraevet String titel, @Paakraevet LocalDate opstaaetDato,
        List<HenvendelseId> henvendelser, String sagsbehandler) implements SagCommand {
}
