package dk.careledger.commandside.kommando;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What an accepted command produced: the aggregate, its version after the command (Axon's sequence number of
 * the last event; pass it back as {@code If-Match} to guard the next command) and the events recorded; for a command
 * that carries many registrations, what became of each ({@code poster}; empty otherwise).
 */
public record KommandoUdfald(String aggregatId, String aggregattype, long version, List<String> haendelser,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Postudfald> poster) {
    public KommandoUdfald {
        haendelser = List.copyOf(haendelser);
        poster = poster == null ? List.of() : List.copyOf(poster);
    }

    public KommandoUdfald(String aggregatId, String aggregattype, long version, List<String> haendelser) {
        this(aggregatId, aggregattype, version, haendelser, List.of());
    }
}
