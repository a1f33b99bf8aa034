package dk.careledger.query.forloeb;

import dk.careledger.query.ydelse.Ydelse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One forløb with its sager (in the order they were attached), its bevillinger as bevilgede ydelser, and its tilstande:
 * per FSIII code the latest assessment on any of its sager, also those assessed before the sag was attached.
 * {@code afslutningsaarsag} is decrypted, or {@code [slettet]}.
 */
public record ForloebDetalje(UUID forloebId, UUID borgerId, String forloebstypeKode, String forloebstypeNavn, String kleNummer,
        String kleTitel, String status, LocalDate startdato, LocalDate slutdato, String afslutningsaarsag, String kommune,
        List<Sag> sager, List<Bevilling> bevillinger, List<Tilstand> tilstande) {

    /** A sag on the forløb; the sag fields are null until the citizen overview projection has seen the sag. */
    public record Sag(UUID sagId, Instant tilknyttet, String sagsnummer, String titel, String kleNummer, String fremdrift, String lokalStatus) {
    }

    /** A bevilling on the forløb, with its ydelse (null until the ydelsesindeks has seen it). */
    public record Bevilling(UUID bevillingId, Instant tilknyttet, Ydelse ydelse) {
    }
}
