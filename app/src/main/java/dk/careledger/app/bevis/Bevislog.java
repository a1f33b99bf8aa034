package dk.careledger.app.bevis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two logs that prove themselves (ADR 0024): the event store and the access log. For each, where its rows and
 * its leaves are, and how a row's leaf is computed, in Java, exactly as the database's trigger computes it
 * ({@code haendelse_blad} in command-side V10, {@code adgangslog_blad} in app V220): SHA-256 over a fixed label, then
 * every column, a number as 8 bytes big-endian, a byte string as its 4-byte length and its bytes, a text as its UTF-8
 * bytes likewise, NULL as the length -1. The verifier recomputes each leaf here rather than asking the database, so a
 * database that lies about its own function is caught too.
 */
public enum Bevislog {
    HAENDELSER("domain_event_entry", "global_index", "haendelse_blad", "care-ledger haendelse v1",
            "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, "
                    + "payload_revision, payload, meta_data") {
        @Override
        void bladFelter(Felter f, Blad b) throws SQLException {
            b.tal(f.tal(1));
            b.tekst(f.tekst(2));
            b.tekst(f.tekst(3));
            b.tal(f.tal(4));
            b.tekst(f.tekst(5));
            b.tekst(f.tekst(6));
            b.tekst(f.tekst(7));
            b.tekst(f.tekst(8));
            b.bytes(f.bytes(9));
            b.bytes(f.bytes(10));
        }
    },
    ADGANGSLOG("adgangslog", "loebenummer", "adgangslog_blad", "care-ledger adgangslog v1",
            "loebenummer, tidspunkt, bruger_id, rolle, kommune::text, borger_id::text, visning, reference, formaal") {
        @Override
        void bladFelter(Felter f, Blad b) throws SQLException {
            b.tal(f.tal(1));
            b.tal(f.mikrosekunder(2));
            for (int i = 3; i <= 9; i++) {
                b.tekst(f.tekst(i));
            }
        }
    };

    /** The chain's value before the first entry. */
    static final byte[] NUL_KAEDE = new byte[32];

    final String tabel;
    final String positionskolonne;
    final String bladtabel;
    private final byte[] etiket;
    private final String kolonner;

    Bevislog(String tabel, String positionskolonne, String bladtabel, String etiket, String kolonner) {
        this.tabel = tabel;
        this.positionskolonne = positionskolonne;
        this.bladtabel = bladtabel;
        this.etiket = etiket.getBytes(StandardCharsets.UTF_8);
        this.kolonner = kolonner;
    }

    abstract void bladFelter(Felter f, Blad b) throws SQLException;

    /**
     * A row's columns by their place (1 = the position) in {@link #kolonnenavne()}: read from a {@link ResultSet}, or from
     * a row as the aktindsigt export writes it ({@link #blad(Map)}).
     */
    interface Felter {
        long tal(int i) throws SQLException;

        String tekst(int i) throws SQLException;

        byte[] bytes(int i) throws SQLException;

        /** A timestamp as microseconds since 1970 (the access log's {@code tidspunkt}). */
        long mikrosekunder(int i) throws SQLException;
    }

    /** The columns a leaf covers, in order, by name ({@code kommune::text} is {@code kommune}). */
    public List<String> kolonnenavne() {
        return Arrays.stream(kolonner.split(",")).map(k -> k.strip().replace("::text", "")).toList();
    }

    /** The name of this log's position column ({@code global_index}, {@code loebenummer}). */
    public String positionskolonne() {
        return positionskolonne;
    }

    /**
     * A row in its exported form, by column name: numbers as numbers, texts as texts, byte strings in Base64, the access
     * log's {@code tidspunkt} as microseconds since 1970; NULL as null. The same values {@link #blad(Map)} hashes.
     */
    Map<String, Object> somKort(ResultSet rs) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> navne = kolonnenavne();
        for (int i = 1; i <= navne.size(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof byte[] b) {
                v = Base64.getEncoder().encodeToString(b);
            } else if (v instanceof java.sql.Timestamp || v instanceof OffsetDateTime) {
                v = mikrosekunder(rs.getObject(i, OffsetDateTime.class).toInstant());
            }
            m.put(navne.get(i - 1), v);
        }
        return m;
    }

    /** The leaf of a row in its exported form ({@link #somKort(ResultSet)}); throws IllegalArgumentException on a malformed row. */
    public byte[] blad(Map<?, ?> raekke) {
        List<String> navne = kolonnenavne();
        Felter f = new Felter() {
            private Object v(int i) {
                return raekke.get(navne.get(i - 1));
            }

            @Override
            public long tal(int i) {
                return ((Number) v(i)).longValue();
            }

            @Override
            public String tekst(int i) {
                Object v = v(i);
                return v == null ? null : v.toString();
            }

            @Override
            public byte[] bytes(int i) {
                Object v = v(i);
                return v == null ? null : Base64.getDecoder().decode(v.toString());
            }

            @Override
            public long mikrosekunder(int i) {
                return tal(i);
            }
        };
        Blad b = new Blad(etiket);
        try {
            bladFelter(f, b);
        } catch (SQLException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("Rækken kan ikke læses: " + e.getMessage(), e);
        }
        return b.digest.digest();
    }

    static long mikrosekunder(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    /** The rows in {@code (efter, til]}, in position order, in the columns {@link #blad(ResultSet)} expects. */
    String raekkerSql() {
        return "SELECT " + kolonner + " FROM " + tabel + " WHERE " + positionskolonne + " > ? AND " + positionskolonne
                + " <= ? ORDER BY " + positionskolonne;
    }

    /** The leaf of the row {@code rs} is on (selected with {@link #raekkerSql()}). */
    byte[] blad(ResultSet rs) throws SQLException {
        Blad b = new Blad(etiket);
        bladFelter(new Felter() {
            @Override
            public long tal(int i) throws SQLException {
                return rs.getLong(i);
            }

            @Override
            public String tekst(int i) throws SQLException {
                return rs.getString(i);
            }

            @Override
            public byte[] bytes(int i) throws SQLException {
                return rs.getBytes(i);
            }

            @Override
            public long mikrosekunder(int i) throws SQLException {
                return Bevislog.mikrosekunder(rs.getObject(i, OffsetDateTime.class).toInstant());
            }
        }, b);
        return b.digest.digest();
    }

    /** c(p) = SHA-256(c(previous) || int8(p) || leaf(p)). */
    static byte[] kaede(byte[] forrige, long position, byte[] blad) {
        MessageDigest d = sha256();
        d.update(forrige);
        d.update(ByteBuffer.allocate(8).putLong(position).array());
        d.update(blad);
        return d.digest();
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical concatenation of one row's columns, fed straight into SHA-256. */
    static final class Blad {
        private final MessageDigest digest = sha256();
        private final ByteBuffer otte = ByteBuffer.allocate(8);

        Blad(byte[] etiket) {
            digest.update(etiket);
        }

        void tal(long v) {
            otte.clear();
            digest.update(otte.putLong(v).array());
        }

        void bytes(byte[] v) {
            otte.clear();
            digest.update(otte.putInt(v == null ? -1 : v.length).array(), 0, 4);
            if (v != null) {
                digest.update(v);
            }
        }

        void tekst(String v) {
            bytes(v == null ? null : v.getBytes(StandardCharsets.UTF_8));
        }
    }
}
