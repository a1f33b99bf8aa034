package dk.careledger.projection.tilbageblik.laesning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Which rows a read sees (ADR 0031): the live tables, or the rows as the ledger held them at an instant of record time,
 * from the tables' system-versioned history ({@code <tabel>_historik}, written by the projections). A reader puts
 * {@link #tabel} where its SQL names a table, so one query serves both.
 *
 * <p>The instant goes into the SQL as a literal of PostgreSQL's own precision (the microsecond, as the history keeps
 * it), made here from an {@link Instant}, never from request text.
 */
public final class Historikudsnit {
    private static final Historikudsnit LIVE = new Historikudsnit(null);

    private final Instant kendtPr;

    private Historikudsnit(Instant kendtPr) {
        this.kendtPr = kendtPr;
    }

    /** The live tables. */
    public static Historikudsnit live() {
        return LIVE;
    }

    /** The rows as known at {@code kendtPr}; null is {@link #live}. */
    public static Historikudsnit kendtPr(Instant kendtPr) {
        return kendtPr == null ? LIVE : new Historikudsnit(kendtPr.truncatedTo(ChronoUnit.MICROS));
    }

    public boolean erLive() {
        return kendtPr == null;
    }

    /**
     * The FROM item for a system-versioned table: the table itself, or the versions of its rows valid at the instant
     * ({@code registreret_fra <= T < registreret_til}), which have the table's columns.
     */
    public String tabel(String tabel) {
        return erLive() ? tabel : "(SELECT * FROM " + tabel + "_historik WHERE registreret_fra <= " + tid() + " AND (registreret_til IS NULL "
                + "OR registreret_til > " + tid() + "))";
    }

    /** A condition: the fact whose record time {@code kolonne} holds was known (always, live). */
    public String kendt(String kolonne) {
        return erLive() ? "TRUE" : kolonne + " <= " + tid();
    }

    /** The instant as an SQL literal. */
    private String tid() {
        return "TIMESTAMPTZ '" + kendtPr + "'";
    }
}
