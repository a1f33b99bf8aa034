package dk.careledger.app.bevis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The proof for a handful of entries of a log, for a party that does not hold the log (the aktindsigt export, ADR 0027):
 * the entries' rows in the form their leaves are computed from, and, for each signed checkpoint that covers some of
 * them, a <em>segment</em> of the chain: the chain value just before the first of them, and every (position, leaf) from
 * there up to the checkpoint. Folding the segment (c = SHA-256(c ‖ int8(p) ‖ leaf)) must give the checkpoint's signed
 * head, and each entry's row must hash to its leaf in the segment ({@link Aktindsigtsbevis} checks that offline). A
 * segment reaches at most from an entry to the next checkpoint, so its length is bounded by the checkpoint distance
 * ({@code ledger.bevis.kontrolpunkt-afstand}), never the whole log. Leaves reveal nothing of other entries but their
 * positions.
 */
@Component
public class Bevisudtraek {
    private final JdbcTemplate jdbc;
    private final Forsegler forsegler;
    private final Bevisnoegle noegle;

    public Bevisudtraek(JdbcTemplate jdbc, Forsegler forsegler, Bevisnoegle noegle) {
        this.jdbc = jdbc;
        this.forsegler = forsegler;
        this.noegle = noegle;
    }

    /**
     * Seals both logs up to now (waiting at most {@code frist}) and signs a checkpoint at each sealed head, so that what
     * is exported next is covered by a checkpoint; false when sealing did not get there in time.
     */
    public boolean daekAlt(Duration frist) {
        boolean forseglet;
        try {
            forseglet = forsegler.forseglAlt(frist);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            forseglet = false;
        }
        for (Bevislog log : Bevislog.values()) {
            forsegler.kontrolpunktNu(log);
        }
        return forseglet;
    }

    /** The rows at {@code positioner} of {@code log}, by position, each in its exported form ({@link Bevislog#somKort}). */
    public Map<Long, Map<String, Object>> raekker(Bevislog log, Collection<Long> positioner) {
        return raekker(log, log.positionskolonne, "bigint", positioner);
    }

    /** Every event of the aggregates {@code aggregatIder}, by position, each in its exported form. */
    public Map<Long, Map<String, Object>> haendelser(Collection<String> aggregatIder) {
        return raekker(Bevislog.HAENDELSER, "aggregate_identifier", "varchar", aggregatIder);
    }

    private Map<Long, Map<String, Object>> raekker(Bevislog log, String kolonne, String type, Collection<?> vaerdier) {
        Map<Long, Map<String, Object>> ud = new TreeMap<>();
        if (vaerdier.isEmpty()) {
            return ud;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT " + String.join(", ", kolonner(log)) + " FROM " + log.tabel + " WHERE "
                    + kolonne + " = ANY(?) ORDER BY " + log.positionskolonne);
            ps.setArray(1, con.createArrayOf(type, vaerdier.toArray()));
            return ps;
        }, rs -> {
            ud.put(rs.getLong(1), log.somKort(rs));
        });
        return ud;
    }

    private static List<String> kolonner(Bevislog log) {
        return log.kolonnenavne().stream().map(k -> k.equals("kommune") || k.equals("borger_id") ? k + "::text" : k).toList();
    }

    /**
     * The proof of {@code log} for the entries at {@code positioner}: {@code log}, {@code segmenter} (each with its
     * checkpoint as exported, {@code forrigeKaede} in hex and {@code blade} as [position, leaf hex] pairs) and
     * {@code udaekket}, the positions no checkpoint covers yet.
     */
    public Map<String, Object> bevis(Bevislog log, Collection<Long> positioner) {
        SortedSet<Long> tilbage = new TreeSet<>(positioner);
        List<Map<String, Object>> segmenter = new ArrayList<>();
        while (!tilbage.isEmpty()) {
            long foerste = tilbage.first();
            List<Kontrolpunkt> kp = jdbc.query("SELECT log, position, hoved, tidspunkt, noegle_id, signatur FROM bevis_kontrolpunkt "
                    + "WHERE log = ? AND position >= ? ORDER BY position LIMIT 1", (rs, i) -> Kontrolpunkt.fraRaekke(rs), log.name(), foerste);
            if (kp.isEmpty()) {
                break;
            }
            Kontrolpunkt k = kp.get(0);
            List<byte[]> forrige = jdbc.query("SELECT kaede FROM bevis_kaede WHERE log = ? AND position < ? ORDER BY position DESC LIMIT 1",
                    (rs, i) -> rs.getBytes(1), log.name(), foerste);
            List<List<Object>> blade = jdbc.query("SELECT k.position, b.blad FROM bevis_kaede k JOIN " + log.bladtabel + " b ON b."
                    + log.positionskolonne + " = k.position WHERE k.log = ? AND k.position >= ? AND k.position <= ? ORDER BY k.position",
                    (rs, i) -> List.of(rs.getLong(1), HexFormat.of().formatHex(rs.getBytes(2))), log.name(), foerste, k.position());
            Map<String, Object> segment = new LinkedHashMap<>();
            segment.put("kontrolpunkt", k.somKort());
            segment.put("forrigeKaede", HexFormat.of().formatHex(forrige.isEmpty() ? Bevislog.NUL_KAEDE : forrige.get(0)));
            segment.put("blade", blade);
            segmenter.add(segment);
            tilbage = tilbage.tailSet(k.position() + 1);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log", log.name());
        m.put("segmenter", segmenter);
        m.put("udaekket", List.copyOf(tilbage));
        return m;
    }

    /** The key the checkpoints are signed with: id and public JWK. */
    public Map<String, Object> noegle() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algoritme", "RS256 (RSASSA-PKCS1-v1_5, SHA-256) over 'care-ledger kontrolpunkt v1\\nlog=..\\nposition=..\\nhoved=<hex>\\ntidspunkt=..\\n'");
        m.put("noegleId", noegle.noegleId());
        m.put("offentligNoegle", noegle.offentligJwk());
        return m;
    }
}
