package dk.careledger.commandside.kommando;

import dk.careledger.domain.felles.Afvisning;

/**
 * What became of one registration in a request that carries many (e.g. leveringer in bulk): stored, already there, or
 * refused with its code, field and Danish message. {@code nr} is the registration's place in the request, from 0.
 */
public record Postudfald(int nr, Status status, String fejlkode, String felt, String besked) {
    public enum Status {
        /** Decided and stored as its own event. */
        OPRETTET,
        /** Its id was registered before (by an earlier request or earlier in this one); nothing new was stored. */
        FANDTES,
        /** Refused; nothing was stored for it. */
        AFVIST
    }

    public static Postudfald oprettet(int nr) {
        return new Postudfald(nr, Status.OPRETTET, null, null, null);
    }

    public static Postudfald fandtes(int nr) {
        return new Postudfald(nr, Status.FANDTES, null, null, null);
    }

    public static Postudfald afvist(int nr, Afvisning a) {
        return new Postudfald(nr, Status.AFVIST, a.fejlkode(), a.felt(), a.besked());
    }
}
