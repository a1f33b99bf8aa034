package dk.careledger.ui.visning;

import java.time.Instant;

/**
 * One entry of a sag's whole timeline as the sag page shows it: what happened, to the sag itself or to one of its
 * bevillinger ({@code kilde}), who did it in which role, when it was recorded and when it takes effect.
 */
public record Tidslinjeindslag(Instant registreret, String kilde, String beskrivelse, String hvem, String rolle, String virkning,
        String haendelse) {
}
