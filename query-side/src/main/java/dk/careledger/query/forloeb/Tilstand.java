package dk.careledger.query.forloeb;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One assessed FSIII tilstand (J funktionsevne with niveau 0–4/9 and expected niveau, or I helbred without niveau), the
 * latest for its code: later {@code vurderetDato} first, then later in the log. {@code borgerensVurdering} is decrypted,
 * or {@code [slettet]} once the citizen is forgotten.
 */
public record Tilstand(String fsiiiKode, String titel, Integer niveau, Integer forventetNiveau, String udfoerelseKode, String betydningKode,
        String borgerensVurdering, LocalDate vurderetDato, UUID sagId) {
}
