package dk.careledger.domain.felles;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The time rules every decider shares (ADR 0020): a fact registered as having happened does not lie in the future
 * beyond {@link Kontekst#fremtidstolerance()} of its record time, and a virkning does not lie before the fact it
 * depends on. Planned dates (startdato, slutdato, svarfrist, næste opfølgning, virkningsdato, ophørsdato) are not
 * held to the first rule: they may lie ahead. "Now" is the registrering's record time, so the rules stay pure.
 */
public final class Tidsregler {
    private Tidsregler() {
    }

    /** Refuses (400 {@code DATO_I_FREMTIDEN}) a moment later than the record time plus the tolerance. */
    public static Instant ikkeIFremtiden(Instant tidspunkt, String felt, Kontekst kontekst) {
        if (tidspunkt != null && tidspunkt.isAfter(senesteTidspunkt(kontekst))) {
            throw Afvisning.ugyldig("DATO_I_FREMTIDEN", felt, "Tidspunktet " + tidspunkt + " ligger i fremtiden (registreret "
                    + kontekst.registrering().registreringstid() + "); registrér det, når det er sket");
        }
        return tidspunkt;
    }

    /**
     * Refuses (400 {@code DATO_I_FREMTIDEN}) a day after the Danish day of the record time plus the tolerance: what
     * happened "today" may be registered today, not tomorrow's.
     */
    public static LocalDate ikkeIFremtiden(LocalDate dato, String felt, Kontekst kontekst) {
        LocalDate idag = senesteTidspunkt(kontekst).atZone(Tidszone.DANMARK).toLocalDate();
        if (dato != null && dato.isAfter(idag)) {
            throw Afvisning.ugyldig("DATO_I_FREMTIDEN", felt, "Datoen " + dato + " ligger i fremtiden (i dag er " + idag
                    + "); registrér det, når det er sket");
        }
        return dato;
    }

    /** Refuses (400 {@code DATO_FOER_GRUNDLAG}) a date before the date of the fact it depends on. */
    public static LocalDate ikkeFoer(LocalDate dato, LocalDate grundlag, String felt, String hvad) {
        if (dato != null && grundlag != null && dato.isBefore(grundlag)) {
            throw Afvisning.ugyldig("DATO_FOER_GRUNDLAG", felt, "Datoen " + dato + " ligger før " + hvad + " (" + grundlag + ")");
        }
        return dato;
    }

    private static Instant senesteTidspunkt(Kontekst kontekst) {
        return kontekst.registrering().registreringstid().plus(kontekst.fremtidstolerance());
    }
}
