package dk.careledger.query.tid;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.domain.felles.Tidszone;
import dk.careledger.query.sag.Sagsparametre;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code kendtPr} and {@code gaeldendePr} strictly (ADR 0026); anything it cannot take at face value is a 400
 * {@code PARAMETER_UGYLDIG} naming the parameter, never a guess:
 * <ul>
 *   <li>{@code kendtPr}: an ISO-8601 instant with a zone ({@code Z} or an offset); without one it would mean a different
 *       instant on every server; in the future it would claim knowledge the ledger does not have yet;</li>
 *   <li>{@code gaeldendePr}: an ISO-8601 date; a time part is refused, since valid time here is a day.</li>
 *   <li>both within {@link Inputgraenser}'s span of dates (1900–2199), as every date a command takes.</li>
 * </ul>
 * A parameter given twice arrives joined by a comma and so is refused as malformed.
 */
public final class Tidsparametre {
    public static final String KENDT_PR = "kendtPr";
    public static final String GAELDENDE_PR = "gaeldendePr";
    public static final String KENDT_PR_BESKRIVELSE = "Registreringstid (ISO-8601 med tidszone, fx 2026-11-22T10:15:00Z): svaret, som "
            + "ledgeren kendte det på det tidspunkt; fakta registreret senere, også rettelser, er ikke med. Ikke i fremtiden. Svaret får feltet "
            + "tidsangivelse {kendtPr, gaeldendePr}.";
    public static final String GAELDENDE_PR_BESKRIVELSE = "Virkningsdato (ISO-8601-dato, fx 2026-03-20): hvad der var gældende den dag "
            + "(fx en bevillings status). Uden kendtPr: som kendt nu. Svaret får feltet tidsangivelse {kendtPr, gaeldendePr}.";

    private Tidsparametre() {
    }

    /**
     * What a read was asked: the instants it describes, and whether {@code kendtPr} was given (then the facts up to it
     * are replayed; with {@code gaeldendePr} alone the live tables are read, judged on that day).
     */
    public record Tidsvalg(Tidsangivelse angivelse, boolean kendtPrGivet, boolean gaeldendePrGivet) {
    }

    /** The instants asked for, or null when neither parameter was given (the live read). */
    public static Tidsvalg laes(String kendtPr, String gaeldendePr, Clock clock) {
        String k = Sagsparametre.tom(kendtPr);
        String g = Sagsparametre.tom(gaeldendePr);
        if (k == null && g == null) {
            return null;
        }
        Instant nu = clock.instant();
        Instant kendt = k == null ? nu : kendtPr(k, nu);
        LocalDate gaeldende = g == null ? LocalDate.ofInstant(kendt, Tidszone.DANMARK) : gaeldendePr(g);
        return new Tidsvalg(new Tidsangivelse(kendt, gaeldende), k != null, g != null);
    }

    private static Instant kendtPr(String v, Instant nu) {
        Instant t;
        try {
            t = OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            if (kan(() -> LocalDateTime.parse(v))) {
                throw ugyldig(KENDT_PR, "kendtPr mangler tidszone: skriv Z eller en forskydning (fx " + v + "Z eller " + v + "+01:00), fik '" + v + "'");
            }
            if (kan(() -> LocalDate.parse(v))) {
                throw ugyldig(KENDT_PR, "kendtPr er et tidspunkt med tidszone (fx " + v + "T00:00:00+01:00); en dato alene er gaeldendePr, fik '" + v + "'");
            }
            throw ugyldig(KENDT_PR, "kendtPr er et tidspunkt i ISO-8601 med tidszone (fx 2026-11-22T10:15:00Z), fik '" + v + "'");
        }
        Inputgraenser.tidspunkt(t, KENDT_PR);
        if (t.isAfter(nu)) {
            throw ugyldig(KENDT_PR, "kendtPr ligger i fremtiden (" + v + "); ledgeren kender kun fakta registreret indtil nu (" + nu + ")");
        }
        return t;
    }

    private static LocalDate gaeldendePr(String v) {
        try {
            return Inputgraenser.dato(LocalDate.parse(v), GAELDENDE_PR);
        } catch (DateTimeParseException e) {
            if (v.contains("T")) {
                throw ugyldig(GAELDENDE_PR, "gaeldendePr er en dato uden klokkeslæt (fx 2026-03-20); et tidspunkt hører til kendtPr, fik '" + v + "'");
            }
            throw ugyldig(GAELDENDE_PR, "gaeldendePr er en dato i ISO-8601 (fx 2026-03-20), fik '" + v + "'");
        }
    }

    private static boolean kan(Runnable r) {
        try {
            r.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Afvisning ugyldig(String navn, String besked) {
        return Afvisning.ugyldig("PARAMETER_UGYLDIG", navn, besked);
    }
}
