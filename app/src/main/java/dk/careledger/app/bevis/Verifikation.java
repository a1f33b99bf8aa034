package dk.careledger.app.bevis;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Checks a log against its proofs (ADR 0024) and reports the first position where they disagree. Uses nothing the
 * database computes: every leaf is recomputed from the row ({@link Bevislog#blad}), the chain from the leaves, and
 * every checkpoint, the database's and those an outside party kept, is checked against the public key the caller
 * trusts. Reads the rows and the proofs as two ordered streams on two connections and merges them, so memory stays
 * flat over a million events. Plain JDBC, so the command-line verifier ({@link Verificer}) runs it without the
 * application.
 */
public final class Verifikation {
    private static final int HENTESTOERRELSE = 2_000;

    /** Opens a connection to the database to verify. */
    @FunctionalInterface
    public interface Forbindelser {
        Connection aaben() throws SQLException;
    }

    /** What was found at a position: the kind of disagreement. */
    public enum Art {
        /** The row's content is not what its leaf says (an edited payload, or two rows swapped). */
        AENDRET,
        /** The proofs cover a position whose row is gone (a deleted row). */
        MANGLER,
        /** A row in the sealed range that the chain does not cover (a row inserted afterwards). */
        INDSAT,
        /** The stored chain value is not the chain recomputed from the leaves (the proofs were edited). */
        KAEDE_BRUDT,
        /** A validly signed checkpoint names a head the log does not reach at its position. */
        KONTROLPUNKT_AFVIGER,
        /** A checkpoint whose signature is not the trusted key's: refused, never used. */
        KONTROLPUNKT_FORFALSKET
    }

    public record Afvigelse(long position, Art art, String besked) {
    }

    /** One log's verification: up to which position it was checked, and the first disagreement if any. */
    public record Resultat(Bevislog log, long verificeretTil, long poster, int kontrolpunkter, Afvigelse afvigelse, Duration tid) {
        public boolean ok() {
            return afvigelse == null;
        }
    }

    private final Forbindelser forbindelser;
    private final PublicKey betroetNoegle;

    public Verifikation(Forbindelser forbindelser, PublicKey betroetNoegle) {
        this.forbindelser = forbindelser;
        this.betroetNoegle = betroetNoegle;
    }

    /** Verifies {@code log} against its own proofs and the checkpoints {@code udefra} an outside party kept. */
    public Resultat verificer(Bevislog log, List<Kontrolpunkt> udefra) throws SQLException {
        long start = System.nanoTime();
        try (Connection raekkeforb = forbindelser.aaben(); Connection beviser = forbindelser.aaben()) {
            raekkeforb.setAutoCommit(false);
            beviser.setAutoCommit(false);
            raekkeforb.setReadOnly(true);
            beviser.setReadOnly(true);
            List<Kontrolpunkt> punkter = new ArrayList<>(gemte(beviser, log));
            udefra.stream().filter(k -> k.log() == log).forEach(punkter::add);
            punkter.sort(Comparator.comparingLong(Kontrolpunkt::position));
            Afvigelse forfalsket = null;
            Deque<Kontrolpunkt> gyldige = new ArrayDeque<>();
            for (Kontrolpunkt k : punkter) {
                if (!k.gyldigUnder(betroetNoegle)) {
                    if (forfalsket == null) {
                        forfalsket = new Afvigelse(k.position(), Art.KONTROLPUNKT_FORFALSKET, "Kontrolpunktet ved position " + k.position()
                                + " er ikke signeret med den betroede nøgle (nøgle-id " + k.noegleId() + ") og afvises");
                    }
                } else {
                    gyldige.add(k);
                }
            }
            long forseglet = tal(beviser, "SELECT coalesce(max(position), 0) FROM bevis_kaede WHERE log = ?", log.name());
            long slut = Math.max(forseglet, gyldige.stream().mapToLong(Kontrolpunkt::position).max().orElse(0));
            if (forfalsket != null) {
                slut = Math.min(slut, forfalsket.position());
            }
            Gennemgang g = new Gennemgang(log, raekkeforb, beviser, slut, forseglet, gyldige);
            Afvigelse fundet = g.gaaIgennem();
            if (fundet == null || (forfalsket != null && forfalsket.position() < fundet.position())) {
                fundet = forfalsket;
            }
            raekkeforb.rollback();
            beviser.rollback();
            return new Resultat(log, fundet == null ? slut : fundet.position() - 1, g.poster, punkter.size(), fundet,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static List<Kontrolpunkt> gemte(Connection c, Bevislog log) throws SQLException {
        List<Kontrolpunkt> ud = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT log, position, hoved, tidspunkt, noegle_id, signatur FROM bevis_kontrolpunkt WHERE log = ? ORDER BY position")) {
            ps.setString(1, log.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ud.add(Kontrolpunkt.fraRaekke(rs));
                }
            }
        }
        return ud;
    }

    private static long tal(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The merge of the rows with the leaves and chain values, position by position, up to {@code slut}. */
    private static final class Gennemgang {
        private final Bevislog log;
        private final Connection raekker;
        private final Connection beviser;
        private final long slut;
        private final long forseglet;
        private final Deque<Kontrolpunkt> kontrolpunkter;
        long poster;

        Gennemgang(Bevislog log, Connection raekker, Connection beviser, long slut, long forseglet, Deque<Kontrolpunkt> kontrolpunkter) {
            this.log = log;
            this.raekker = raekker;
            this.beviser = beviser;
            this.slut = slut;
            this.forseglet = forseglet;
            this.kontrolpunkter = kontrolpunkter;
        }

        Afvigelse gaaIgennem() throws SQLException {
            try (PreparedStatement r = raekker.prepareStatement(log.raekkerSql());
                    PreparedStatement b = beviser.prepareStatement("SELECT coalesce(b.p, k.position), b.blad, k.kaede FROM (SELECT "
                            + log.positionskolonne + " AS p, blad FROM " + log.bladtabel + " WHERE " + log.positionskolonne
                            + " <= ?) b FULL JOIN (SELECT position, kaede FROM bevis_kaede WHERE log = ? AND position <= ?) k "
                            + "ON k.position = b.p ORDER BY 1")) {
                r.setFetchSize(HENTESTOERRELSE);
                b.setFetchSize(HENTESTOERRELSE);
                r.setLong(1, Long.MIN_VALUE);
                r.setLong(2, slut);
                b.setLong(1, slut);
                b.setString(2, log.name());
                b.setLong(3, slut);
                try (ResultSet rr = r.executeQuery(); ResultSet br = b.executeQuery()) {
                    return flet(rr, br);
                }
            }
        }

        private Afvigelse flet(ResultSet rr, ResultSet br) throws SQLException {
            byte[] kaede = Bevislog.NUL_KAEDE;
            boolean harR = rr.next();
            boolean harB = br.next();
            while (harR || harB) {
                long pr = harR ? rr.getLong(1) : Long.MAX_VALUE;
                long pb = harB ? br.getLong(1) : Long.MAX_VALUE;
                long p = Math.min(pr, pb);
                Afvigelse foer = kontrolpunktFoer(p);
                if (foer != null) {
                    return foer;
                }
                if (pb != p) {
                    return p <= forseglet
                            ? new Afvigelse(p, Art.INDSAT, "Rækken ved position " + p + " er ikke dækket af beviserne: den er indsat "
                                    + "efter forseglingen")
                            : new Afvigelse(p, Art.KAEDE_BRUDT, "Kæden slutter før position " + p + ", som et kontrolpunkt dækker");
                }
                byte[] gemtBlad = br.getBytes(2);
                byte[] gemtKaede = br.getBytes(3);
                if (pr != p) {
                    return new Afvigelse(p, Art.MANGLER, "Beviserne dækker position " + p + ", men rækken findes ikke: den er slettet");
                }
                byte[] blad = log.blad(rr);
                if (gemtBlad == null) {
                    return new Afvigelse(p, Art.KAEDE_BRUDT, "Kæden dækker position " + p + ", men dens blad er væk");
                }
                if (!Arrays.equals(blad, gemtBlad)) {
                    return new Afvigelse(p, Art.AENDRET, "Rækken ved position " + p + " er ikke den, der blev skrevet: indholdet er ændret");
                }
                if (gemtKaede == null) {
                    return new Afvigelse(p, Art.INDSAT, "Rækken ved position " + p
                            + " ligger under forseglingen, men er ikke i kæden: den er indsat efter forseglingen");
                }
                kaede = Bevislog.kaede(kaede, p, blad);
                if (!Arrays.equals(kaede, gemtKaede)) {
                    return new Afvigelse(p, Art.KAEDE_BRUDT, "Kædeværdien ved position " + p + " er ikke den, bladene giver");
                }
                poster++;
                while (!kontrolpunkter.isEmpty() && kontrolpunkter.peekFirst().position() == p) {
                    Kontrolpunkt k = kontrolpunkter.pollFirst();
                    if (!Arrays.equals(k.hoved(), kaede)) {
                        return new Afvigelse(p, Art.KONTROLPUNKT_AFVIGER, "Kontrolpunktet fra " + k.tidspunkt() + " ved position " + p
                                + " har et andet kædehoved end loggen: loggen er ikke den, kontrolpunktet blev givet for");
                    }
                }
                harR = rr.next();
                harB = br.next();
            }
            return kontrolpunktFoer(Long.MAX_VALUE);
        }

        /** A checkpoint at a position below {@code p} that no entry reached: the log it was signed for is not this one. */
        private Afvigelse kontrolpunktFoer(long p) {
            if (!kontrolpunkter.isEmpty() && kontrolpunkter.peekFirst().position() < p) {
                Kontrolpunkt k = kontrolpunkter.peekFirst();
                return new Afvigelse(k.position(), Art.KONTROLPUNKT_AFVIGER, "Kontrolpunktet fra " + k.tidspunkt() + " dækker position "
                        + k.position() + ", som loggen ikke har: loggen er ikke den, kontrolpunktet blev givet for");
            }
            return null;
        }
    }
}
