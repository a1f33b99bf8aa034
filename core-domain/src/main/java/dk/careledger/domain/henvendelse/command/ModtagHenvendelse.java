package dk.careledger.domain.henvendelse.command;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.henvendelse.Kanal;
import java.time.LocalDate;

/**
 * Register a received ansøgning, henvendelse or henvisning on the citizen (UC1 step 1 and 3: modtagelsesdato,
 * henvendelse fra, årsag, lægeligt stillet diagnose).
 *
 * <p>{@code borgerId} may be an anonymous citizen (UC1 3.c1) or a citizen without CPR (erstatnings-CPR): the
 * citizen register knows which; the henvendelse does not care.
 *
 * @param kildeKode          FSIII group A code of who made the henvendelse, e.g. {@code A1} Borger, {@code A12} Sygehus – medicinsk
 * @param aarsag             ansøgnings-/henvendelses-/henvisningsårsag, plaintext, mandatory
 * @param diagnose           lægeligt stillet diagnose, plaintext; mandatory for henvisninger (A9–A14), else optional
 * @param oensketIndsatsKode optional: the indsats asked for, from the indsats catalogue
 */
public record ModtagHenvendelse(@Paakraevet HenvendelseId henvendelseId, @Paakraevet BorgerId borgerId, @Paakraevet String kildeKode, @Paakraevet Kanal kanal,
        @Paakraevet LocalDate modtagetDato, @Paakraevet String aarsag, String diagnose, String oensketIndsatsKode)
        implements HenvendelseCommand {
}
