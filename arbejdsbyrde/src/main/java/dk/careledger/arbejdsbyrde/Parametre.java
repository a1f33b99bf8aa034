package dk.careledger.arbejdsbyrde;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The size knobs of a generated history. The same parametre always give the same history.
 *
 * <p>Volume, roughly: about 250 events per citizen for a one-year history (four in five of them leveringer), a little
 * more per citizen and year over longer spans as recipients accumulate. So 200 citizens over 180 days give about
 * 20,000 events, 400 citizens over a year about 100,000, 4,000 citizens over a year about 1 million and 40,000
 * citizens over a year (or 12,000 over three years) about 10 million.
 *
 * @param seed            everything random derives from it (java.util.SplittableRandom): ids, choices, dates, times
 * @param antalBorgere    citizens over the whole history; they arrive spread over its first 70 % (a third of them in
 *                        the first two weeks, as the municipality's existing recipients)
 * @param antalDage       simulated days from {@code startdato}; the history ends with the last one
 * @param antalKommuner   how many of {@link Kommune#KENDTE} take part (1–4), citizens weighted by population
 * @param startdato       the first simulated day
 * @param beholdTilstande keep every aggregate's final state for inspection ({@link Koersel#tilstande()}); off for
 *                        large histories, where only the states of aggregates that can still change are held
 */
public record Parametre(long seed, int antalBorgere, int antalDage, int antalKommuner, LocalDate startdato,
        boolean beholdTilstande) {

    public static final LocalDate STANDARD_STARTDATO = LocalDate.of(2024, 1, 1);

    public Parametre {
        if (antalBorgere < 1) {
            throw new IllegalArgumentException("antalBorgere must be positive, got " + antalBorgere);
        }
        if (antalDage < 1) {
            throw new IllegalArgumentException("antalDage must be positive, got " + antalDage);
        }
        if (antalKommuner < 1 || antalKommuner > Kommune.KENDTE.size()) {
            throw new IllegalArgumentException("antalKommuner must be 1.." + Kommune.KENDTE.size() + ", got " + antalKommuner);
        }
        Objects.requireNonNull(startdato, "startdato");
    }

    /** A history from {@link #STANDARD_STARTDATO}, keeping only the states it needs. */
    public static Parametre af(long seed, int antalBorgere, int antalDage, int antalKommuner) {
        return new Parametre(seed, antalBorgere, antalDage, antalKommuner, STANDARD_STARTDATO, false);
    }

    public Parametre medStartdato(LocalDate nyStartdato) {
        return new Parametre(seed, antalBorgere, antalDage, antalKommuner, nyStartdato, beholdTilstande);
    }

    public Parametre medBeholdTilstande(boolean behold) {
        return new Parametre(seed, antalBorgere, antalDage, antalKommuner, startdato, behold);
    }

    /** The kommuner taking part. */
    public List<Kommune> kommuner() {
        return Kommune.KENDTE.subList(0, antalKommuner);
    }

    /** The last simulated day. */
    public LocalDate slutdato() {
        return startdato.plusDays(antalDage - 1L);
    }
}
