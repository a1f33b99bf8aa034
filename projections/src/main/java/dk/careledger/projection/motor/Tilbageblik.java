package dk.careledger.projection.motor;

import dk.careledger.domain.felles.Registrering;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "As known at T" for a few aggregates (issue 17 item 2, ADR 0026): replays their facts registered at or before T through
 * the live projections' own {@link Projektion#anvend} into empty temporary copies of those projections' tables, and runs
 * a read against the copies; everything the replay and the read did is rolled back.
 *
 * <p>The copies are PostgreSQL temporary tables with the same names ({@code CREATE TEMP TABLE x (LIKE x INCLUDING ALL)}),
 * kept on the pooled connection from one as-of read to the next (creating a dozen tables per read was most of its cost).
 * Only the as-of read sees them: the connection's search path names {@code pg_temp} last, so every other use of the
 * connection resolves the unqualified names to the live tables, and only inside the as-of read is it
 * {@code SET LOCAL search_path = pg_temp, <schema>}, so the projection's SQL and the live reader's SQL, both unqualified,
 * write and read the copies and nothing else. One transaction per read:
 * <ol>
 *   <li>the copies on the connection are made exactly those of the projections asked for (copies of other projections,
 *       from an earlier read, would otherwise hide their live tables from this read), and the search path is checked;</li>
 *   <li>{@code SAVEPOINT}: the replay and the read; {@code ROLLBACK TO SAVEPOINT}, whatever happened: no live row is
 *       touched, and the copies are left empty;</li>
 *   <li>the transaction is committed when step 1 changed something (that is kept), and otherwise rolled back (it then
 *       writes no commit record).</li>
 * </ol>
 * The rolled-back rows stay behind in the copies as dead tuples, which autovacuum never visits in a temporary table;
 * when they pass {@link #OPRYDNING}, step 1 empties the copies.
 *
 * <p>A fact belongs to T by its {@link Registrering#registreringstid} (ADR 0010: the authoritative record time), not by
 * its global index: a fact registered before T that committed after a later-registered one is still included, and one
 * registered after T is left out wherever it lies in the store. The facts kept are applied in global order, as live.
 */
@Component
public class Tilbageblik {
    private static final String SAVEPOINT = "tilbageblik";
    /** Bytes of the copies' heaps (dead rows of earlier reads) above which they are emptied: rarely, as that writes the catalogue. */
    static final long OPRYDNING = 8L * 1024 * 1024;
    /** Per event type, the accessor of its {@link Registrering} (a record's last component), or null: looked up once. */
    private static final ClassValue<Method> REGISTRERING = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            RecordComponent[] k = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            return k.length > 0 && k[k.length - 1].getType() == Registrering.class ? k[k.length - 1].getAccessor() : null;
        }
    };

    private final JdbcTemplate jdbc;
    private final Haendelseslaeser haendelser;
    private final Map<String, Projektion> projektioner;
    /** Every table Tilbageblik may copy: only these are ever dropped from a connection's temporary schema. */
    private final Set<String> kopierbare;
    private final TransactionTemplate transaktion;
    private volatile String skema;

    Tilbageblik(JdbcTemplate jdbc, Haendelseslaeser haendelser, List<Projektion> projektioner, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.haendelser = haendelser;
        this.projektioner = projektioner.stream().collect(Collectors.toMap(Projektion::navn, Function.identity(), (a, b) -> a));
        this.kopierbare = projektioner.stream().filter(Projektion::selvstaendig).flatMap(p -> tabelnavne(p).stream()).collect(Collectors.toSet());
        this.transaktion = new TransactionTemplate(transactionManager);
        // not read-only: PostgreSQL refuses CREATE (even of a temporary table) in a read-only transaction
        this.transaktion.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Runs {@code laesning} against the named projections as they would stand had they seen only the facts of
     * {@code aggregater} registered at or before {@code kendtPr}.
     */
    public <T> T kendtPr(Collection<String> aggregater, Instant kendtPr, Collection<String> projektionsnavne, Supplier<T> laesning) {
        return kendtPr(aggregater, kendtPr, projektionsnavne, List.of(), laesning);
    }

    /**
     * As {@link #kendtPr(Collection, Instant, Collection, Supplier)}, and each of {@code indstillinger} (a table of a
     * kommune's settings, appended to with each setting's record time in column {@code registreret}, ADR 0021) is
     * copied the same way with only the rows registered at or before {@code kendtPr}: the settings known then.
     */
    public <T> T kendtPr(Collection<String> aggregater, Instant kendtPr, Collection<String> projektionsnavne, Collection<String> indstillinger,
            Supplier<T> laesning) {
        List<Projektion> valgte = new ArrayList<>();
        Set<String> kopier = new LinkedHashSet<>();
        for (String navn : projektionsnavne) {
            Projektion p = projektioner.get(navn);
            if (p == null || !p.selvstaendig()) {
                throw new IllegalArgumentException("Projection " + navn + " cannot be replayed alone: unknown, or it reads other projections' tables");
            }
            valgte.add(p);
            kopier.addAll(tabelnavne(p));
        }
        String s = skema();
        return transaktion.execute(status -> {
            if (!forbered(kopier, s)) {
                // nothing to keep: the whole transaction is rolled back, and writes no commit record
                status.setRollbackOnly();
            }
            jdbc.execute("SAVEPOINT " + SAVEPOINT + "; SET LOCAL search_path = pg_temp, " + s);
            try {
                for (String tabel : indstillinger) {
                    jdbc.update("CREATE TEMP TABLE " + tabel + " AS SELECT * FROM " + s + "." + tabel + " WHERE registreret <= ?",
                            Timestamp.from(kendtPr));
                }
                List<Haendelse> kendte = haendelser.forAggregater(aggregater).stream().filter(h -> !registreret(h).isAfter(kendtPr)).toList();
                if (!kendte.isEmpty()) {
                    for (Projektion p : valgte) {
                        p.anvend(kendte);
                    }
                }
                return laesning.get();
            } finally {
                // undoes the replay, the read, the settings' copies and the SET LOCAL, also when the rest is committed
                jdbc.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            }
        });
    }

    /**
     * Makes the connection's copies exactly {@code kopier} and its search path one that names {@code pg_temp} last, so
     * that outside an as-of read the copies can never hide a live table; empties the copies when the dead rows the
     * rolled-back reads leave in them (autovacuum never visits a temporary table) have grown past {@link #OPRYDNING}.
     * One query when nothing is to be done. True when something was changed, which the transaction must then commit.
     */
    private boolean forbered(Set<String> kopier, String s) {
        Map<String, Object> nu = jdbc.queryForMap("SELECT current_setting('search_path') AS sti, ARRAY(SELECT relname::text FROM pg_class "
                + "WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r') AS kopier, (SELECT coalesce(sum(pg_relation_size(oid)), 0) "
                + "FROM pg_class WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r') AS stoerrelse");
        boolean endret = false;
        String sti = (String) nu.get("sti");
        String sikker = sikkerSti(sti);
        if (!sikker.equals(sti)) {
            jdbc.execute("SET search_path = " + sikker);
            endret = true;
        }
        Set<String> findes = new LinkedHashSet<>(Arrays.asList((String[]) jdbcArray(nu.get("kopier"))));
        for (String tabel : findes) {
            if (kopierbare.contains(tabel) && !kopier.contains(tabel)) {
                jdbc.execute("DROP TABLE pg_temp." + tabel);
                endret = true;
            }
        }
        for (String tabel : kopier) {
            if (!findes.contains(tabel)) {
                jdbc.execute("CREATE TEMP TABLE " + tabel + " (LIKE " + s + "." + tabel + " INCLUDING ALL)");
                endret = true;
            }
        }
        if (((Number) nu.get("stoerrelse")).longValue() > OPRYDNING) {
            jdbc.execute("TRUNCATE " + kopier.stream().map(t -> "pg_temp." + t).collect(Collectors.joining(", ")));
            endret = true;
        }
        return endret;
    }

    /** The search path {@code sti} with {@code pg_temp} named last (and nowhere else): the live schemas come first. */
    static String sikkerSti(String sti) {
        List<String> dele = new ArrayList<>();
        for (String del : sti.split(",")) {
            String d = del.strip();
            if (!d.isEmpty() && !d.equalsIgnoreCase("pg_temp") && !d.equalsIgnoreCase("\"pg_temp\"")) {
                dele.add(d);
            }
        }
        dele.add("pg_temp");
        String sikker = String.join(", ", dele);
        return sikker.equals(sti.strip()) ? sti : sikker;
    }

    private static Object jdbcArray(Object array) {
        try {
            return array instanceof java.sql.Array a ? a.getArray() : array;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tabelnavne(Projektion p) {
        return p.tabeller().stream().map(t -> t.split(" ", 2)[0]).toList();
    }

    /** The fact's record time: its {@link Registrering} (every event's last component), else the store's timestamp. */
    static Instant registreret(Haendelse h) {
        Object e = h.haendelse();
        Method registrering = e == null ? null : REGISTRERING.get(e.getClass());
        if (registrering == null) {
            return h.tidspunkt();
        }
        try {
            return ((Registrering) registrering.invoke(e)).registreringstid();
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The schema of the live tables (the first of the search path), so the copy is taken of the live table, not of itself. */
    private String skema() {
        String s = skema;
        if (s == null) {
            s = jdbc.queryForObject("SELECT quote_ident(current_schema())", String.class);
            skema = s;
        }
        return s;
    }
}
