package dk.careledger.app.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The ceiling, measured in the same run: what PostgreSQL itself does with the very rows the ledger stored, in a table
 * identical to {@code domain_event_entry} ({@code LIKE … INCLUDING ALL}: same columns, primary key and unique
 * indexes), with nothing of the ledger in between.
 * <ul>
 *   <li><b>Multi-row INSERT:</b> chunks of {@value #CHUNK} rows, {@value #RAEKKER_PR_INSERT} rows to a statement, one
 *       transaction per chunk (synchronous commit, as the ledger commits).</li>
 *   <li><b>COPY</b> (binary, as {@code Bulkindlaeser} writes): the same chunks, one transaction each.</li>
 *   <li><b>Ordered read:</b> every row of the table by {@code global_index}, all columns fetched, 10,000 to a round trip.</li>
 * </ul>
 * Only the writes are timed: the source chunk is read from {@code domain_event_entry} before its clock starts.
 */
final class Loftmaaling {
    static final int CHUNK = 5_000;
    static final int RAEKKER_PR_INSERT = 500;
    private static final String TABEL = "benchmark_loft";
    private static final String KOLONNER = "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
            + "payload_type, payload_revision, payload, meta_data";
    private static final byte[] COPY_HOVED = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private final DataSource dataSource;
    private final Fremskridt fremskridt;

    Loftmaaling(DataSource dataSource, Fremskridt fremskridt) {
        this.dataSource = dataSource;
        this.fremskridt = fremskridt;
    }

    /** One stored event row, as read. */
    private record Raekke(long globaltIndeks, String haendelsesId, String aggregat, long sekvens, String type, String tid,
            String payloadType, String revision, byte[] payload, byte[] metadata) {
    }

    Map<String, Object> maal(int maksRaekker, int gentagelser) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABEL);
            s.execute("CREATE TABLE " + TABEL + " (LIKE domain_event_entry INCLUDING ALL)");
        }
        List<Double> insert = new ArrayList<>();
        List<Double> copy = new ArrayList<>();
        List<Double> laes = new ArrayList<>();
        long raekker = 0;
        try {
            for (int i = 0; i < gentagelser; i++) {
                tom();
                Skrevet ins = skriv(maksRaekker, this::insert);
                insert.add(ins.prSekund());
                fremskridt.meld("loft: multi-row INSERT %d/%d: %,.0f rækker/s", i + 1, gentagelser, ins.prSekund());
                tom();
                Skrevet cp = skriv(maksRaekker, this::copy);
                copy.add(cp.prSekund());
                raekker = cp.raekker();
                fremskridt.meld("loft: COPY %d/%d: %,.0f rækker/s", i + 1, gentagelser, cp.prSekund());
                double l = laes();
                laes.add(l);
                fremskridt.meld("loft: ordnet læsning %d/%d: %,.0f rækker/s", i + 1, gentagelser, l);
            }
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + TABEL);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raekker", raekker);
        m.put("chunk", CHUNK);
        m.put("raekkerPrInsert", RAEKKER_PR_INSERT);
        m.put("insertPrSekund", rater(insert));
        m.put("copyPrSekund", rater(copy));
        m.put("ordnetLaesningPrSekund", rater(laes));
        return m;
    }

    static Map<String, Object> rater(List<Double> v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", Math.round(Statistik.median(v)));
        m.put("gentagelser", v.stream().map(Math::round).toList());
        return m;
    }

    private void tom() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + TABEL);
            s.execute("VACUUM ANALYZE " + TABEL);
        }
    }

    private record Skrevet(long raekker, long nanos) {
        double prSekund() {
            return nanos == 0 ? 0 : raekker / (nanos / 1e9);
        }
    }

    @FunctionalInterface
    private interface Skriver {
        void skriv(Connection c, List<Raekke> chunk) throws SQLException, IOException;
    }

    /** Reads the source chunk by chunk and times only {@code skriver} and the commit. */
    private Skrevet skriv(int maksRaekker, Skriver skriver) throws SQLException, IOException {
        long raekker = 0;
        long nanos = 0;
        long efter = Long.MIN_VALUE;
        try (Connection kilde = dataSource.getConnection(); Connection maal = dataSource.getConnection()) {
            maal.setAutoCommit(false);
            while (raekker < maksRaekker) {
                List<Raekke> chunk = hent(kilde, efter, (int) Math.min(CHUNK, maksRaekker - raekker));
                if (chunk.isEmpty()) {
                    break;
                }
                long t0 = System.nanoTime();
                skriver.skriv(maal, chunk);
                maal.commit();
                nanos += System.nanoTime() - t0;
                raekker += chunk.size();
                efter = chunk.get(chunk.size() - 1).globaltIndeks();
            }
            maal.setAutoCommit(true);
        }
        return new Skrevet(raekker, nanos);
    }

    private static List<Raekke> hent(Connection c, long efter, int antal) throws SQLException {
        List<Raekke> ud = new ArrayList<>(antal);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLONNER + " FROM domain_event_entry WHERE global_index > ? "
                + "ORDER BY global_index LIMIT ?")) {
            ps.setLong(1, efter);
            ps.setInt(2, antal);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ud.add(new Raekke(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)));
                }
            }
        }
        return ud;
    }

    private void insert(Connection c, List<Raekke> chunk) throws SQLException {
        for (int fra = 0; fra < chunk.size(); fra += RAEKKER_PR_INSERT) {
            List<Raekke> del = chunk.subList(fra, Math.min(chunk.size(), fra + RAEKKER_PR_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(TABEL).append(" (").append(KOLONNER).append(") VALUES ");
            for (int i = 0; i < del.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (Raekke r : del) {
                    ps.setLong(p++, r.globaltIndeks());
                    ps.setString(p++, r.haendelsesId());
                    ps.setString(p++, r.aggregat());
                    ps.setLong(p++, r.sekvens());
                    ps.setString(p++, r.type());
                    ps.setString(p++, r.tid());
                    ps.setString(p++, r.payloadType());
                    ps.setString(p++, r.revision());
                    ps.setBytes(p++, r.payload());
                    ps.setBytes(p++, r.metadata());
                }
                ps.executeUpdate();
            }
        }
    }

    private void copy(Connection c, List<Raekke> chunk) throws SQLException, IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(chunk.size() * 1024);
        DataOutputStream ud = new DataOutputStream(buffer);
        ud.write(COPY_HOVED);
        for (Raekke r : chunk) {
            ud.writeShort(10);
            ud.writeInt(8);
            ud.writeLong(r.globaltIndeks());
            tekst(ud, r.haendelsesId());
            tekst(ud, r.aggregat());
            ud.writeInt(8);
            ud.writeLong(r.sekvens());
            tekst(ud, r.type());
            tekst(ud, r.tid());
            tekst(ud, r.payloadType());
            tekst(ud, r.revision());
            bytes(ud, r.payload());
            bytes(ud, r.metadata());
        }
        ud.writeShort(-1);
        ud.flush();
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + TABEL + " (" + KOLONNER + ") FROM STDIN (FORMAT binary)",
                new java.io.ByteArrayInputStream(buffer.toByteArray()));
    }

    private static void tekst(DataOutputStream ud, String s) throws IOException {
        bytes(ud, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream ud, byte[] b) throws IOException {
        if (b == null) {
            ud.writeInt(-1);
        } else {
            ud.writeInt(b.length);
            ud.write(b);
        }
    }

    /** Every row by global_index, every column fetched; rows per second. */
    private double laes() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long n = 0;
            long bytes = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLONNER + " FROM " + TABEL + " ORDER BY global_index")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getString(3);
                        rs.getLong(4);
                        rs.getString(5);
                        rs.getString(6);
                        rs.getString(7);
                        rs.getString(8);
                        bytes += rs.getBytes(9).length;
                        rs.getBytes(10);
                        n++;
                    }
                }
            }
            double sek = (System.nanoTime() - t0) / 1e9;
            c.commit();
            c.setAutoCommit(true);
            if (bytes < 0) {
                throw new IllegalStateException();
            }
            return n / sek;
        }
    }
}
