package dk.careledger.projection.jdbc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record-time history of one projection table, system-versioned in the SQL:2011 sense (ADR 0031): table
 * {@code <tabel>_historik} holds every version a row has had, each with the interval {@code [registreret_fra,
 * registreret_til)} of record time in which the ledger held it ({@code registreret_til} null: still held). A version's
 * {@code registreret_fra} is the {@code registreringstid} of the fact that made it (ADR 0010), never the wall clock, so a
 * rebuild writes the same history as live processing.
 *
 * <p>A row's versions come from the facts of its own aggregate, which reach the projection in their sequence order live
 * and in a rebuild alike. A version's {@code registreret_til} is the least {@code registreret_fra} of every later version
 * of the row, so at any instant T exactly one version of a row is valid: the one made by the latest of its facts
 * registered at or before T. (Within one aggregate record time does not go back, so that is the row as those facts
 * left it; a fact registered before its predecessor only shortens the predecessor's interval, ADR 0031.) Facts of one
 * command share their time: the version of the last of them stands for all.
 *
 * <p>Per batch: the projection adds each version as it folds ({@link Batch#version}); {@link Batch#skriv} closes the
 * stored versions the batch supersedes (one {@code UPDATE … FROM unnest(…)}) and writes the batch's versions (one
 * {@link Masseskrivning}).
 */
public final class Registreringshistorik {
    public static final String FRA = "registreret_fra";
    public static final String TIL = "registreret_til";

    private final int[] noeglepladser;
    private final Masseskrivning versioner;
    private final String luk;

    /**
     * @param tabel    the live table; its history is {@code <tabel>_historik} with the same columns, {@value #FRA} and {@value #TIL}
     * @param kolonner the live table's columns, in the order of a version's values
     * @param typer    each column's SQL type
     * @param noegler  the live table's key columns (among {@code kolonner})
     */
    public Registreringshistorik(String tabel, String[] kolonner, String[] typer, String... noegler) {
        String historik = tabel + "_historik";
        noeglepladser = new int[noegler.length];
        StringBuilder match = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        StringBuilder navne = new StringBuilder();
        for (int i = 0; i < noegler.length; i++) {
            noeglepladser[i] = List.of(kolonner).indexOf(noegler[i]);
            if (noeglepladser[i] < 0) {
                throw new IllegalArgumentException(noegler[i] + " is not a column of " + tabel);
            }
            match.append("h.").append(noegler[i]).append(" = u.k").append(i).append("::").append(typer[noeglepladser[i]]).append(" AND ");
            arrays.append("?::text[], ");
            navne.append('k').append(i).append(", ");
        }
        String[] alle = Arrays.copyOf(kolonner, kolonner.length + 2);
        alle[kolonner.length] = FRA;
        alle[kolonner.length + 1] = TIL;
        String[] alleTyper = Arrays.copyOf(typer, typer.length + 2);
        alleTyper[typer.length] = "timestamptz";
        alleTyper[typer.length + 1] = "timestamptz";
        String[] pk = Arrays.copyOf(noegler, noegler.length + 1);
        pk[noegler.length] = FRA;
        versioner = new Masseskrivning(historik, alle, alleTyper, "(" + String.join(", ", pk) + ") DO UPDATE SET " + Masseskrivning.opdaterAlle(alle, pk));
        luk = "UPDATE " + historik + " h SET " + TIL + " = u.til::timestamptz FROM unnest(" + arrays + "?::text[]) AS u(" + navne + "til) WHERE "
                + match + "(h." + TIL + " IS NULL OR h." + TIL + " > u.til::timestamptz)";
    }

    /** The versions of one batch. */
    public Batch batch() {
        return new Batch();
    }

    /** A version: the row's values and the record time it was made at (to the microsecond, as PostgreSQL keeps it). */
    private record Version(Instant fra, Object[] vaerdier) {
    }

    /** The versions a batch makes, per row in the order they were made. */
    public final class Batch {
        private final Map<List<Object>, List<Version>> pr = new LinkedHashMap<>();
        private final Set<List<Object>> nye = new HashSet<>();

        private Batch() {
        }

        /** The row with this key had no stored version before the batch (it is new): nothing of it to close. */
        public void ny(Object... noegle) {
            nye.add(List.of(noegle));
        }

        /** The row (values in column order) as a fact registered at {@code registreret} left it. */
        public void version(Instant registreret, Object[] vaerdier) {
            Object[] noegle = new Object[noeglepladser.length];
            for (int i = 0; i < noegle.length; i++) {
                noegle[i] = vaerdier[noeglepladser[i]];
            }
            pr.computeIfAbsent(List.of(noegle), k -> new ArrayList<>()).add(new Version(registreret.truncatedTo(ChronoUnit.MICROS), vaerdier));
        }

        public boolean erTom() {
            return pr.isEmpty();
        }

        /** Closes the stored versions the batch's versions supersede, and writes the batch's versions. */
        public void skriv(JdbcTemplate jdbc) {
            if (pr.isEmpty()) {
                return;
            }
            List<Object[]> lukninger = new ArrayList<>();
            List<Object[]> raekker = new ArrayList<>();
            for (Map.Entry<List<Object>, List<Version>> e : pr.entrySet()) {
                List<Version> v = e.getValue();
                // each version is held until the earliest registreret_fra of the versions after it
                Instant[] til = new Instant[v.size()];
                Instant tidligst = null;
                for (int i = v.size() - 1; i >= 0; i--) {
                    til[i] = tidligst;
                    tidligst = tidligst == null || v.get(i).fra().isBefore(tidligst) ? v.get(i).fra() : tidligst;
                }
                if (!nye.contains(e.getKey())) {
                    Object[] lukning = Arrays.copyOf(e.getKey().toArray(), noeglepladser.length + 1);
                    lukning[noeglepladser.length] = tidligst;
                    lukninger.add(lukning);
                }
                // versions of the same instant: the last one stands (its key is the row's and the instant)
                Map<Instant, Object[]> efterFra = new LinkedHashMap<>();
                for (int i = 0; i < v.size(); i++) {
                    Object[] r = Arrays.copyOf(v.get(i).vaerdier(), v.get(i).vaerdier().length + 2);
                    r[r.length - 2] = v.get(i).fra();
                    r[r.length - 1] = til[i];
                    efterFra.remove(v.get(i).fra());
                    efterFra.put(v.get(i).fra(), r);
                }
                raekker.addAll(efterFra.values());
            }
            Masseskrivning.udfoer(jdbc, luk, noeglepladser.length + 1, lukninger);
            versioner.skriv(jdbc, raekker);
        }
    }
}
