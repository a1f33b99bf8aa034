package dk.careledger.query.borger;

import dk.careledger.query.forloeb.ForloebOversigt;
import dk.careledger.query.forloeb.Tilstand;
import dk.careledger.query.ydelse.Ydelse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the ledger knows about one citizen, across sager (UC1 step 2): open and earlier sager, forløb, bevillinger
 * (bevilgede ydelser with status today), current tilstande (per FSIII code the latest assessment on any of the
 * citizen's sager) and henvendelser not yet handled.
 *
 * @param doedRegistreret the earliest date a fact gives for the citizen's death (a sag closed uden afgørelse for DOED,
 *                        or a bevilling ophørt for DOED); null when none does
 */
public record Borgeroverblik(UUID borgerId, LocalDate doedRegistreret, List<Sagsoversigt> aabneSager, List<Sagsoversigt> tidligereSager,
        List<ForloebOversigt> forloeb, List<Ydelse> bevillinger, List<Tilstand> tilstande, List<VerserendeHenvendelse> verserendeHenvendelser) {

    /**
     * A sag with its index fields, fremdrift and local status ({@code lokalStatus} code and Danish text). {@code titel}
     * is decrypted, or {@code [slettet]}. {@code rettet}: the sag was corrected (reclassified, an afgørelse's sendtDato
     * corrected or the afgørelse omgjort, ADR 0022), last at {@code rettetTidspunkt}; the fields shown are the corrected ones.
     */
    public record Sagsoversigt(UUID sagId, String sagsnummer, String titel, String kleNummer, String kleTitel, String handlingsfacet,
            String foelsomhed, String ejer, String ansvarligEnhed, String sagsbehandler, String fremdrift, String lokalStatus,
            String lokalStatusTekst, LocalDate opstaaetDato, String afgoerelsestype, LocalDate afgjortDato, int antalKlager,
            LocalDate afsluttetDato, String afslutningsaarsag, boolean rettet, Instant rettetTidspunkt) {
    }

    /** A henvendelse received and not yet handled; {@code aarsag} decrypted, or {@code [slettet]}. */
    public record VerserendeHenvendelse(UUID henvendelseId, String kildeKode, String kilde, String kanal, LocalDate modtagetDato,
            String aarsag, boolean henvisning, String oensketIndsatsKode, int antalAfklaringer, LocalDate senestAfklaret) {
    }
}
