package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Inputgraenser;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access log's writer (ADR 0019): one row per citizen shown, written in the request's own thread as one JDBC
 * batch (pgjdbc rewrites it into multi-row INSERTs, {@code reWriteBatchedInserts}), before the answer leaves, so a
 * read that could not be logged is not answered. The purpose comes from the optional header {@code X-Formaal}.
 */
@Component
public class Adgangslog implements Laesningslog {
    public static final String FORMAAL = "X-Formaal";
    static final int MAKS_FORMAAL = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Adgangslog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void laest(Bruger bruger, String visning, String reference, Collection<UUID> borgere) {
        if (borgere.isEmpty()) {
            return;
        }
        List<UUID> unikke = new ArrayList<>(new LinkedHashSet<>(borgere));
        Timestamp tid = Timestamp.from(clock.instant());
        String rolle = bruger.handlerSom() == null ? "?" : bruger.handlerSom().name();
        String formaal = formaal();
        jdbc.batchUpdate("INSERT INTO adgangslog (tidspunkt, bruger_id, rolle, kommune, borger_id, visning, reference, formaal) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setTimestamp(1, tid);
                        ps.setString(2, bruger.brugerId());
                        ps.setString(3, rolle);
                        ps.setString(4, bruger.kommune().value());
                        ps.setObject(5, unikke.get(i));
                        ps.setString(6, visning);
                        ps.setString(7, reference);
                        ps.setString(8, formaal);
                    }

                    @Override
                    public int getBatchSize() {
                        return unikke.size();
                    }
                });
    }

    private static String formaal() {
        RequestAttributes a = RequestContextHolder.getRequestAttributes();
        if (!(a instanceof ServletRequestAttributes s)) {
            return null;
        }
        String f = s.getRequest().getHeader(FORMAAL);
        return f == null || f.isBlank() ? null : Inputgraenser.tekst(utf8(f).trim(), MAKS_FORMAAL, FORMAAL);
    }

    /**
     * The container reads header bytes as ISO-8859-1; a client that sent a Danish purpose in UTF-8 ("ansøgning") gets
     * it back as it meant it. Bytes that are not valid UTF-8 are kept as ISO-8859-1.
     */
    static String utf8(String latin1) {
        byte[] bytes = latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return latin1;
        }
    }

    /** One row of the log, as the revisor and the citizen see it. */
    public record Post(long loebenummer, Instant tidspunkt, String brugerId, String rolle, String kommune, UUID borgerId, String visning,
            String reference, String formaal) {
    }

    /** Whether {@code kommune} registered the citizen or has read them (then it has an answer to give). */
    public boolean kender(UUID borgerId, String kommune) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM borger WHERE borger_id = ? AND kommune = ?) "
                + "OR EXISTS (SELECT 1 FROM adgangslog WHERE borger_id = ? AND kommune = ?)", Boolean.class, borgerId, kommune, borgerId, kommune));
    }

    /** Who read {@code borgerId} from {@code fra} (inclusive) to {@code til} (exclusive); only reads by {@code kommune} when it is not null. */
    public List<Post> hvemLaeste(UUID borgerId, Instant fra, Instant til, String kommune) {
        return jdbc.query("SELECT * FROM adgangslog WHERE borger_id = ? AND tidspunkt >= ? AND tidspunkt < ? AND (?::text IS NULL OR kommune = ?) "
                + "ORDER BY tidspunkt, loebenummer", (rs, n) -> new Post(rs.getLong("loebenummer"), rs.getTimestamp("tidspunkt").toInstant(),
                        rs.getString("bruger_id"), rs.getString("rolle"), rs.getString("kommune"), rs.getObject("borger_id", UUID.class),
                        rs.getString("visning"), rs.getString("reference"), rs.getString("formaal")),
                borgerId, Timestamp.from(fra), Timestamp.from(til), kommune, kommune);
    }
}
