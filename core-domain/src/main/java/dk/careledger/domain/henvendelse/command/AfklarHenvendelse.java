package dk.careledger.domain.henvendelse.command;

import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/**
 * Record what the caseworker learned by contacting the henvender before deciding whether to open a sag
 * (UC1 3.b1). May be given several times while the henvendelse is not yet handled.
 *
 * @param afklaring what was clarified, plaintext, mandatory
 */
public record AfklarHenvendelse(HenvendelseId henvendelseId, @Paakraevet LocalDate afklaretDato, @Paakraevet String afklaring)
        implements HenvendelseCommand {
}
