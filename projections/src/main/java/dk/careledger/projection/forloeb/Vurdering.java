package dk.careledger.projection.forloeb;

import dk.careledger.domain.sag.event.TilstandVurderet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One assessed FSIII tilstand, as kept per sag ({@code forloeb_sagstilstand}) and per forløb
 * ({@code forloeb_tilstand}). The borger's own view is ciphertext.
 *
 * <p><b>Which assessment is the latest:</b> the one with the later {@code vurderetDato} (business time: a backdated
 * assessment registered today does not replace a newer one), and for the same date the one later in the event log
 * ({@code indeks}, the global index). The order is total, so the answer does not depend on the order events arrive
 * in or how they are batched.
 */
public record Vurdering(UUID sagId, String fsiiiKode, Integer niveau, Integer forventetNiveau, String udfoerelseKode,
        String betydningKode, UUID vurderingEjer, String vurderingChiffer, LocalDate vurderetDato, long indeks,
        Instant registreret) {

    static Vurdering af(TilstandVurderet e, long indeks) {
        return new Vurdering(e.sagId().value(), e.fsiiiKode(), e.niveau(), e.forventetNiveau(), e.udfoerelseKode(),
                e.betydningKode(), e.borgerensVurdering() == null ? null : e.borgerensVurdering().ejer().value(),
                e.borgerensVurdering() == null ? null : e.borgerensVurdering().chiffertekst(), e.vurderetDato(), indeks,
                e.registrering().registreringstid());
    }

    /** True when this assessment is later than {@code anden} (or there is none). */
    boolean senereEnd(Vurdering anden) {
        if (anden == null) {
            return true;
        }
        int dato = vurderetDato.compareTo(anden.vurderetDato);
        return dato > 0 || (dato == 0 && indeks > anden.indeks);
    }

    /** The later of two assessments (either may be null). */
    static Vurdering senesteAf(Vurdering a, Vurdering b) {
        if (a == null) {
            return b;
        }
        return b != null && b.senereEnd(a) ? b : a;
    }
}
