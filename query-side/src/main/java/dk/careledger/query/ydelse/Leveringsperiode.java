package dk.careledger.query.ydelse;

import java.time.LocalDate;
import java.util.Map;

/**
 * The leveringer of one bevilling in one ISO week or calendar month ({@code fra}–{@code til}): delivered visits (planned
 * and unplanned) with their minutes, the unplanned among them, visits not delivered in total and per reason, and how
 * many of those got a replacement offer.
 */
public record Leveringsperiode(String periode, LocalDate fra, LocalDate til, int antalLeveret, long minutterLeveret, int antalUplanlagt,
        long minutterUplanlagt, int antalIkkeLeveret, int antalErstatningTilbudt, Map<String, IkkeLeveret> ikkeLeveretPrAarsag) {

    /** Visits not delivered for one reason, and how many of them got a replacement offer. */
    public record IkkeLeveret(int antal, int antalErstatningTilbudt) {
    }
}
