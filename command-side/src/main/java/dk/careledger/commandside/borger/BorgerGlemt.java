package dk.careledger.commandside.borger;

import java.util.UUID;

/**
 * Published (as a Spring application event) when a citizen has been forgotten, so anything that holds the citizen's
 * identifier or name in memory (the index feeds' identity look-up) drops it at once.
 */
public record BorgerGlemt(UUID borgerId) {
}
