package dk.careledger.projection.borger;

import dk.careledger.domain.henvendelse.event.HenvendelseAfklaret;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseHaandteret;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of {@code borgeroverblik_henvendelse}: a henvendelse on the citizen; pending while {@code haandteretDato}
 * is null (no HenvendelseHaandteret yet).
 */
public record BorgerHenvendelse(UUID henvendelseId, UUID borgerId, String kildeKode, String kanal, LocalDate modtagetDato,
        UUID aarsagEjer, String aarsagChiffer, String oensketIndsatsKode, boolean henvisning, int antalAfklaringer,
        LocalDate senestAfklaret, LocalDate haandteretDato, String udfald, String kommune, Instant registreret) {

    static BorgerHenvendelse modtaget(HenvendelseModtaget e) {
        return new BorgerHenvendelse(e.henvendelseId().value(), e.borgerId().value(), e.kildeKode(), e.kanal().name(), e.modtagetDato(),
                e.aarsag().ejer().value(), e.aarsag().chiffertekst(), e.oensketIndsatsKode(), e.henvisning(), 0, null, null, null,
                e.registrering().kommune().value(), e.registrering().registreringstid());
    }

    BorgerHenvendelse anvend(HenvendelseEvent e) {
        if (e instanceof HenvendelseAfklaret a) {
            LocalDate senest = senestAfklaret == null || a.afklaretDato().isAfter(senestAfklaret) ? a.afklaretDato() : senestAfklaret;
            return new BorgerHenvendelse(henvendelseId, borgerId, kildeKode, kanal, modtagetDato, aarsagEjer, aarsagChiffer,
                    oensketIndsatsKode, henvisning, antalAfklaringer + 1, senest, haandteretDato, udfald, kommune, registreret);
        }
        if (e instanceof HenvendelseHaandteret h) {
            return new BorgerHenvendelse(henvendelseId, borgerId, kildeKode, kanal, modtagetDato, aarsagEjer, aarsagChiffer,
                    oensketIndsatsKode, henvisning, antalAfklaringer, senestAfklaret, h.haandteretDato(), h.udfald().name(), kommune,
                    registreret);
        }
        return this;
    }
}
