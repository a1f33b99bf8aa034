package dk.careledger.commandside.kommando;

import java.util.List;

/**
 * What an accepted command produced: the aggregate, its version after the command (Axon's sequence number of
 * the last event; pass it back as {@code If-Match} to guard the next command) and the events recorded.
 */
public record KommandoUdfald(String aggregatId, String aggregattype, long version, List<String> haendelser) {
    public KommandoUdfald {
        haendelser = List.copyOf(haendelser);
    }
}
