package dk.careledger.commandside.borger;

import java.time.Instant;
import java.util.UUID;

/**
 * What the register knows about a citizen. {@code identifikator} and {@code navn} are null when the citizen
 * is anonymous, has none, or has been forgotten ({@code glemt} set).
 */
public record Borger(UUID borgerId, Identtype identtype, String identifikator, String navn, Instant oprettet,
        String kommune, Instant glemt) {
}
