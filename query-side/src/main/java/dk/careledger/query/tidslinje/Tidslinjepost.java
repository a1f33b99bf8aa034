package dk.careledger.query.tidslinje;

import java.time.Instant;
import java.util.Map;

/**
 * One fact on a timeline, readable: what happened ({@code haendelse} and a Danish {@code beskrivelse}), who did
 * it, in which kommune and role, when we recorded it ({@code registreringstid}), and its business dates
 * ({@code virkning}: when it took or takes effect). {@code data} holds the remaining fields, with encrypted
 * free text decrypted, or {@value Tidslinjelaeser#SLETTET} when the citizen has been forgotten.
 */
public record Tidslinjepost(long sekvens, String haendelse, int revision, String beskrivelse, Instant registreringstid,
        String kommune, String brugerId, String rolle, Map<String, Object> virkning, Map<String, Object> data) {
}
