package dk.careledger.projection.ydelse;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.domain.bevilling.BevillingDecider;
import dk.careledger.domain.bevilling.event.LeveringAnnulleret;
import dk.careledger.domain.bevilling.event.LeveringIkkeUdfoert;
import dk.careledger.domain.bevilling.event.LeveringUdfoert;
import dk.careledger.domain.bevilling.event.UplanlagtLeveringRegistreret;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The effektuering of care (TID) ydelser: leveringer counted per bevilling and period, as additive deltas. Each
 * levering counts in its ISO week (Monday–Sunday) and its calendar month, by the day of its moment ({@code leveret}
 * or {@code planlagt}) in Europe/Copenhagen, the same day the bevilling decider checks against the bevilling's
 * period. Delivered visits count planned and unplanned (UC8) together; the unplanned are also counted on their own.
 * Visits not delivered count in total and per reason, each with how many got a replacement offer.
 *
 * <p>An annulment ({@code LeveringAnnulleret}, ADR 0022) adds the negative of what the levering counted.
 *
 * <p>Because every count is a sum, a batch's deltas are added to the stored rows; live processing and a rebuild
 * from zero give the same rows however the events are batched.
 */
public final class Leveringsperioder {

    /** The two period lengths. */
    public enum Periodetype {
        UGE,
        MAANED;

        /** The first day of the period holding {@code dato}: its Monday, or the first of its month. */
        public LocalDate start(LocalDate dato) {
            return this == UGE ? dato.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : dato.withDayOfMonth(1);
        }

        /** The last day of the period starting on {@code start}. */
        public LocalDate slut(LocalDate start) {
            return this == UGE ? start.plusDays(6) : start.with(TemporalAdjusters.lastDayOfMonth());
        }

        /** {@code 2026-W11} for an ISO week (week-based year), {@code 2026-03} for a month. */
        public String betegnelse(LocalDate start) {
            // written out rather than String.format: it runs for every period row a rebuild writes
            if (this == UGE) {
                return start.get(IsoFields.WEEK_BASED_YEAR) + "-W" + toCifre(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            return start.getYear() + "-" + toCifre(start.getMonthValue());
        }

        private static String toCifre(int v) {
            return v < 10 ? "0" + v : Integer.toString(v);
        }
    }

    /** One bevilling's period. */
    public record Periode(UUID bevillingId, Periodetype type, LocalDate periodeStart) implements Comparable<Periode> {
        @Override
        public int compareTo(Periode o) {
            int c = bevillingId.compareTo(o.bevillingId);
            if (c == 0) {
                c = type.compareTo(o.type);
            }
            return c != 0 ? c : periodeStart.compareTo(o.periodeStart);
        }
    }

    /** The counts of one period (row of {@code ydelse_levering_periode}). */
    public record Taelling(int antalLeveret, long minutterLeveret, int antalUplanlagt, long minutterUplanlagt, int antalIkkeLeveret,
            int antalErstatningTilbudt) {
        Taelling plus(Taelling o) {
            return new Taelling(antalLeveret + o.antalLeveret, minutterLeveret + o.minutterLeveret, antalUplanlagt + o.antalUplanlagt,
                    minutterUplanlagt + o.minutterUplanlagt, antalIkkeLeveret + o.antalIkkeLeveret,
                    antalErstatningTilbudt + o.antalErstatningTilbudt);
        }
    }

    /** A reason within a period (row of {@code ydelse_ikke_leveret_periode}). */
    public record PeriodeAarsag(Periode periode, String aarsag) implements Comparable<PeriodeAarsag> {
        @Override
        public int compareTo(PeriodeAarsag o) {
            int c = periode.compareTo(o.periode);
            return c != 0 ? c : aarsag.compareTo(o.aarsag);
        }
    }

    /** Visits not delivered for one reason, and how many of them got a replacement offer. */
    public record AarsagTaelling(int antal, int antalErstatningTilbudt) {
        AarsagTaelling plus(AarsagTaelling o) {
            return new AarsagTaelling(antal + o.antal, antalErstatningTilbudt + o.antalErstatningTilbudt);
        }
    }

    // summed in hash maps (a rebuild batch adds tens of thousands of leveringer) and sorted once when read
    private final Map<Periode, Taelling> perioder = new HashMap<>();
    private final Map<PeriodeAarsag, AarsagTaelling> ikkeLeveret = new HashMap<>();

    /** Counts one event; events other than the three levering facts and their annulment are ignored. */
    public void anvend(Object e) {
        if (e instanceof LeveringUdfoert l) {
            tael(l.bevillingId().value(), l.leveret(), new Taelling(1, l.varighedMinutter(), 0, 0, 0, 0));
        } else if (e instanceof UplanlagtLeveringRegistreret u) {
            tael(u.bevillingId().value(), u.leveret(),
                    new Taelling(1, u.varighedMinutter(), 1, u.varighedMinutter(), 0, 0));
        } else if (e instanceof LeveringIkkeUdfoert i) {
            int erstatning = i.erstatningTilbudt() ? 1 : 0;
            tael(i.bevillingId().value(), i.planlagt(), new Taelling(0, 0, 0, 0, 1, erstatning));
            LocalDate dato = dag(i.planlagt());
            for (Periodetype type : PERIODETYPER) {
                Periode p = new Periode(i.bevillingId().value(), type, type.start(dato));
                ikkeLeveret.merge(new PeriodeAarsag(p, i.aarsag().name()), new AarsagTaelling(1, erstatning), AarsagTaelling::plus);
            }
        } else if (e instanceof LeveringAnnulleret a) {
            annuller(a);
        }
    }

    /** An annulled levering (ADR 0022) takes back exactly what its registration counted, from the period it counted in. */
    private void annuller(LeveringAnnulleret a) {
        UUID bevillingId = a.bevillingId().value();
        int minutter = a.varighedMinutter() == null ? 0 : a.varighedMinutter();
        int erstatning = a.erstatningTilbudt() ? 1 : 0;
        switch (a.art()) {
            case UDFOERT -> tael(bevillingId, a.tidspunkt(), new Taelling(-1, -minutter, 0, 0, 0, 0));
            case UPLANLAGT -> tael(bevillingId, a.tidspunkt(), new Taelling(-1, -minutter, -1, -minutter, 0, 0));
            case IKKE_UDFOERT -> {
                tael(bevillingId, a.tidspunkt(), new Taelling(0, 0, 0, 0, -1, -erstatning));
                LocalDate dato = dag(a.tidspunkt());
                for (Periodetype type : PERIODETYPER) {
                    Periode p = new Periode(bevillingId, type, type.start(dato));
                    ikkeLeveret.merge(new PeriodeAarsag(p, a.aarsag().name()), new AarsagTaelling(-1, -erstatning), AarsagTaelling::plus);
                }
            }
        }
    }

    /** True for the events this class counts. */
    public static boolean erLevering(Object e) {
        return e instanceof LeveringUdfoert || e instanceof UplanlagtLeveringRegistreret || e instanceof LeveringIkkeUdfoert
                || e instanceof LeveringAnnulleret;
    }

    private void tael(UUID bevillingId, Instant tidspunkt, Taelling taelling) {
        LocalDate dato = dag(tidspunkt);
        for (Periodetype type : PERIODETYPER) {
            perioder.merge(new Periode(bevillingId, type, type.start(dato)), taelling, Taelling::plus);
        }
    }

    private static final Periodetype[] PERIODETYPER = Periodetype.values();

    private static LocalDate dag(Instant tidspunkt) {
        return LocalDate.ofInstant(tidspunkt, Tidszone.DANMARK);
    }

    /** The counts per period, in key order. */
    public Map<Periode, Taelling> perioder() {
        return Collections.unmodifiableMap(new TreeMap<>(perioder));
    }

    /** The not-delivered counts per period and reason, in key order. */
    public Map<PeriodeAarsag, AarsagTaelling> ikkeLeveret() {
        return Collections.unmodifiableMap(new TreeMap<>(ikkeLeveret));
    }

    public boolean erTom() {
        return perioder.isEmpty();
    }
}
