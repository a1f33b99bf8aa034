package dk.careledger.commandside.kommando;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Afvisningsart;

/**
 * A refusal as it travels between nodes. Through Axon Server, a command handler's exception arrives at the dispatching
 * node without its cause, only as a message and error code ({@code AXONIQ-4002}); what does travel is the
 * {@code details} of a {@link org.axonframework.commandhandling.CommandExecutionException}, serialized with the message
 * serializer. So a refusal is sent as these details, and {@link Kommandoafsender} makes the same {@link Afvisning} of
 * them on the other side: code, field, message and so the HTTP status arrive as they would locally (ADR 0015).
 */
public record Afvisningsdetaljer(Afvisningsart art, String fejlkode, String felt, String besked) {

    static Afvisningsdetaljer af(Afvisning afvisning) {
        return new Afvisningsdetaljer(afvisning.art(), afvisning.fejlkode(), afvisning.felt(), afvisning.besked());
    }

    Afvisning somAfvisning() {
        return new Afvisning(art, fejlkode, felt, besked);
    }
}
