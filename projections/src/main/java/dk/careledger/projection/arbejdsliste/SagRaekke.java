package dk.careledger.projection.arbejdsliste;

import dk.careledger.domain.felles.KrypteretTekst;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One sag as the worklists see it (tables {@code arbejdsliste_sag} and {@code arbejdsliste_sag_bero}): the kommune
 * (ejer) and ansvarlig enhed that the other lists borrow, and the facts its sagsbehandlingsfrist needs — when it
 * arose, its first afgørelse, its closing, and its periods i bero.
 *
 * <p>{@code afgoerelseDato} is the first afgørelse's {@code sendtDato}, else its {@code truffetDato}: RSL § 3's clock
 * runs until the afgørelse is sent. A later afgørelse (after a revisitation) does not move it: a reassessment the
 * kommune starts itself is not an application.
 */
public record SagRaekke(UUID sagId, String kommune, String enhed, String sagsnummer, UUID borgerId, String kleNummer,
        String sagsbehandler, KrypteretTekst titel, LocalDate opstaaetDato, LocalDate afgoerelseDato,
        LocalDate afsluttetDato, boolean afsluttetUdenAfgoerelse, List<Beroperiode> bero) {

    public SagRaekke {
        bero = List.copyOf(bero);
    }

    /** Waiting for its afgørelse: no afgørelse yet and not closed (a sag closed without afgørelse leaves the list). */
    public boolean afventerAfgoerelse() {
        return afgoerelseDato == null && afsluttetDato == null;
    }

    public boolean iBero() {
        return !bero.isEmpty() && bero.get(bero.size() - 1).aaben();
    }
}
