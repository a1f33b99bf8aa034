package dk.careledger.app.bevis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

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
        void bladFelter(ResultSet rs, Blad b) throws SQLException {
            b.tal(rs.getLong(1));
            b.tekst(rs.getString(2));
            b.tekst(rs.getString(3));
            b.tal(rs.getLong(4));
            b.tekst(rs.getString(5));
            b.tekst(rs.getString(6));
            b.tekst(rs.getString(7));
            b.tekst(rs.getString(8));
            b.bytes(rs.getBytes(9));
            b.bytes(rs.getBytes(10));
        }
    },
    ADGANGSLOG("adgangslog", "loebenummer", "adgangslog_blad", "care-ledger adgangslog v1",
            "loebenummer, tidspunkt, bruger_id, rolle, kommune::text, borger_id::text, visning, reference, formaal") {
        @Override
        void bladFelter(ResultSet rs, Blad b) throws SQLException {
            b.tal(rs.getLong(1));
            Instant t = rs.getObject(2, OffsetDateTime.class).toInstant();
            b.tal(Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000));
            for (int i = 3; i <= 9; i++) {
                b.tekst(rs.getString(i));
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

    abstract void bladFelter(ResultSet rs, Blad b) throws SQLException;

    /** The rows in {@code (efter, til]}, in position order, in the columns {@link #blad(ResultSet)} expects. */
    String raekkerSql() {
        return "SELECT " + kolonner + " FROM " + tabel + " WHERE " + positionskolonne + " > ? AND " + positionskolonne
                + " <= ? ORDER BY " + positionskolonne;
    }

    /** The leaf of the row {@code rs} is on (selected with {@link #raekkerSql()}). */
    byte[] blad(ResultSet rs) throws SQLException {
        Blad b = new Blad(etiket);
        bladFelter(rs, b);
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
