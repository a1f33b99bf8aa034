package dk.careledger.projection.motor;

import dk.careledger.domain.felles.Registrering;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 * a read against the copies, in one transaction that is always rolled back.
 *
 * <p>The copies are PostgreSQL temporary tables with the same names ({@code CREATE TEMP TABLE x (LIKE x INCLUDING ALL)}):
 * the session's temporary schema is searched before every other, so the projection's SQL and the live reader's SQL,
 * both unqualified, write and read the copies within the transaction and nothing else. The rows are the projection's
 * own (one source of truth for the shape), the read is the live reader's, and nothing outlives the transaction: no row
 * of a live table is touched, and the copies vanish with the rollback.
 *
 * <p>A fact belongs to T by its {@link Registrering#registreringstid} (ADR 0010: the authoritative record time), not by
 * its global index: a fact registered before T that committed after a later-registered one is still included, and one
 * registered after T is left out wherever it lies in the store. The facts kept are applied in global order, as live.
 */
@Component
public class Tilbageblik {
    private final JdbcTemplate jdbc;
    private final Haendelseslaeser haendelser;
    private final Map<String, Projektion> projektioner;
    private final TransactionTemplate transaktion;
    private volatile String skema;

    Tilbageblik(JdbcTemplate jdbc, Haendelseslaeser haendelser, List<Projektion> projektioner, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.haendelser = haendelser;
        this.projektioner = projektioner.stream().collect(Collectors.toMap(Projektion::navn, Function.identity(), (a, b) -> a));
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
        for (String navn : projektionsnavne) {
            Projektion p = projektioner.get(navn);
            if (p == null || !p.selvstaendig()) {
                throw new IllegalArgumentException("Projection " + navn + " cannot be replayed alone: unknown, or it reads other projections' tables");
            }
            valgte.add(p);
        }
        String s = skema();
        return transaktion.execute(status -> {
            status.setRollbackOnly();
            for (Projektion p : valgte) {
                for (String tabel : p.tabeller()) {
                    String navn = tabel.split(" ", 2)[0];
                    jdbc.execute("CREATE TEMP TABLE " + navn + " (LIKE " + s + "." + navn + " INCLUDING ALL) ON COMMIT DROP");
                }
            }
            for (String tabel : indstillinger) {
                jdbc.update("CREATE TEMP TABLE " + tabel + " ON COMMIT DROP AS SELECT * FROM " + s + "." + tabel + " WHERE registreret <= ?",
                        Timestamp.from(kendtPr));
            }
            List<Haendelse> kendte = haendelser.forAggregater(aggregater).stream().filter(h -> !registreret(h).isAfter(kendtPr)).toList();
            if (!kendte.isEmpty()) {
                for (Projektion p : valgte) {
                    p.anvend(kendte);
                }
            }
            return laesning.get();
        });
    }

    /** The fact's record time: its {@link Registrering} (every event's last component), else the store's timestamp. */
    static Instant registreret(Haendelse h) {
        Object e = h.haendelse();
        if (e instanceof Record) {
            RecordComponent[] k = e.getClass().getRecordComponents();
            if (k.length > 0 && k[k.length - 1].getType() == Registrering.class) {
                try {
                    return ((Registrering) k[k.length - 1].getAccessor().invoke(e)).registreringstid();
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return h.tidspunkt();
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
