package dk.careledger.query.borgerblik;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.query.ydelse.Ydelsesstatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one citizen sees of their sager in Borgerblikket on {@code dato} (issue 4 item 5): only sager where they are
 * the primary party, only when they have a CPR number, never a caseworker, a unit or an actor. Each sag shows its title
 * (the sag's own or the KLE emne's, per the kommune's configuration), its fremdrift on a timeline under the kommune's
 * closing policy, the titles of its letters where the kommune opted in, and at niveau 2 the bevilgede ydelser.
 *
 * @param sager newest first; empty for a citizen without a CPR number
 */
public record Borgerblik(UUID borgerId, LocalDate dato, List<Sag> sager) {

    /**
     * One sag as the citizen sees it.
     *
     * @param kommune    the owner authority's CVR number
     * @param fremdrift  the state today under the kommune's closing policy
     * @param tidslinje  the states the sag has been in, in order, with dates; the current one is open ({@code til} null)
     * @param dokumenter letter titles and dates, only where the kommune shows document titles; else empty
     * @param ydelser    the bevilgede ydelser on the sag, only at niveau 2; else empty
     */
    public record Sag(UUID sagId, String sagsnummer, String titel, String kleNummer, String kommune, LocalDate opstaaetDato,
            Fremdrift fremdrift, String fremdriftTekst, List<Tilstand> tidslinje, List<Dokument> dokumenter, List<Ydelse> ydelser) {
    }

    /** A fremdrift state from {@code fra} (inclusive) to {@code til} (exclusive; null: still). */
    public record Tilstand(Fremdrift fremdrift, String tekst, LocalDate fra, LocalDate til) {
    }

    /** A letter's title and date; never its content. */
    public record Dokument(String titel, LocalDate dato) {
    }

    /**
     * A bevilget ydelse at niveau 2: its name with how often (e.g. "Personlig pleje, 3 gange om ugen"), its period and
     * its status today.
     *
     * @param slutdato the last day the ydelse runs (after an ophør, the day before it took effect); null: no end
     */
    public record Ydelse(String navn, LocalDate startdato, LocalDate slutdato, Ydelsesstatus status) {
    }
}
