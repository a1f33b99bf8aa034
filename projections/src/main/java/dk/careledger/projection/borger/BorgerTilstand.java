package dk.careledger.projection.borger;

import dk.careledger.domain.sag.event.TilstandVurderet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of {@code borgeroverblik_tilstand}: the citizen's current assessment of one FSIII code, the latest across
 * all their sager. Latest = later {@code vurderetDato}, then later in the log ({@code indeks}), the same order the
 * forløb projection uses.
 */
public record BorgerTilstand(UUID borgerId, String fsiiiKode, UUID sagId, Integer niveau, Integer forventetNiveau,
        String udfoerelseKode, String betydningKode, UUID vurderingEjer, String vurderingChiffer, LocalDate vurderetDato, long indeks,
        Instant registreret) {

    static BorgerTilstand af(UUID borgerId, TilstandVurderet e, long indeks) {
        return new BorgerTilstand(borgerId, e.fsiiiKode(), e.sagId().value(), e.niveau(), e.forventetNiveau(), e.udfoerelseKode(),
                e.betydningKode(), e.borgerensVurdering() == null ? null : e.borgerensVurdering().ejer().value(),
                e.borgerensVurdering() == null ? null : e.borgerensVurdering().chiffertekst(), e.vurderetDato(), indeks,
                e.registrering().registreringstid());
    }

    boolean senereEnd(BorgerTilstand anden) {
        if (anden == null) {
            return true;
        }
        int dato = vurderetDato.compareTo(anden.vurderetDato);
        return dato > 0 || (dato == 0 && indeks > anden.indeks);
    }
}
