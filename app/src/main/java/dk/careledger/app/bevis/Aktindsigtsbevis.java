package dk.careledger.app.bevis;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an aktindsigt export offline (ADR 0027, docs/aktindsigt.md): with nothing but the export and the public key the
 * checker trusts, that every fact and access-log entry in it is, byte for byte, the row the ledger holds under a checkpoint
 * the kommune signed. For each log's segments: the checkpoint's signature under the trusted key, and that folding the
 * segment's leaves from its {@code forrigeKaede} gives the signed head at the checkpoint's position. For each row: its leaf,
 * recomputed from its columns ({@link Bevislog#blad(Map)}), is the segment's leaf at its position, and the readable
 * fields next to it name the same position, aggregate, sequence number and event (or, in the access log, the same
 * user, role, view and time). Anything else is a disagreement, and so is a row no segment covers.
 */
public final class Aktindsigtsbevis {
    private static final HexFormat HEX = HexFormat.of();

    private Aktindsigtsbevis() {
    }

    /** What the check found: how many rows were proven, under how many checkpoints, and every disagreement. */
    public record Resultat(int bevisteRaekker, int kontrolpunkter, List<String> afvigelser) {
        public boolean ok() {
            return afvigelser.isEmpty() && bevisteRaekker > 0;
        }
    }

    /** Checks {@code eksport} (the export's JSON, parsed) against {@code betroetNoegle}. */
    public static Resultat kontroller(Map<?, ?> eksport, PublicKey betroetNoegle) {
        List<String> afvigelser = new ArrayList<>();
        int beviste = 0;
        int kontrolpunkter = 0;
        Map<?, ?> bevis = kort(eksport.get("bevis"));
        for (Object l : liste(bevis.get("logs"))) {
            Map<?, ?> logbevis = kort(l);
            Bevislog log = Bevislog.valueOf(String.valueOf(logbevis.get("log")));
            Map<Long, String> blade = new HashMap<>();
            for (Object s : liste(logbevis.get("segmenter"))) {
                kontrolpunkter++;
                segment(log, kort(s), betroetNoegle, blade, afvigelser);
            }
            for (Map<?, ?> post : poster(eksport, log)) {
                Map<?, ?> raekke = kort(post.get("raekke"));
                long position = ((Number) raekke.get(log.positionskolonne())).longValue();
                String blad;
                try {
                    blad = HEX.formatHex(log.blad(raekke));
                } catch (IllegalArgumentException e) {
                    afvigelser.add(log + " position " + position + ": " + e.getMessage());
                    continue;
                }
                String bevist = blade.get(position);
                if (bevist == null) {
                    afvigelser.add(log + " position " + position + ": ikke dækket af et signeret kontrolpunkt i eksporten");
                } else if (!bevist.equals(blad)) {
                    afvigelser.add(log + " position " + position + ": rækken er ikke den, loggen har (bladet afviger): indholdet er ændret");
                } else if (!laesbartSvarerTil(log, post, raekke)) {
                    afvigelser.add(log + " position " + position + ": den læsbare gengivelse nævner en anden position, hændelse eller bruger end rækken");
                } else {
                    beviste++;
                }
            }
        }
        return new Resultat(beviste, kontrolpunkter, afvigelser);
    }

    private static void segment(Bevislog log, Map<?, ?> segment, PublicKey noegle, Map<Long, String> blade, List<String> afvigelser) {
        Kontrolpunkt k;
        try {
            k = Kontrolpunkt.fraKort(kort(segment.get("kontrolpunkt")));
        } catch (IllegalArgumentException e) {
            afvigelser.add(log + ": et kontrolpunkt kan ikke læses: " + e.getMessage());
            return;
        }
        if (k.log() != log || !k.gyldigUnder(noegle)) {
            afvigelser.add(log + " kontrolpunkt ved position " + k.position() + ": ikke signeret med den betroede nøgle; afvist");
            return;
        }
        byte[] c = HEX.parseHex(String.valueOf(segment.get("forrigeKaede")));
        long sidste = -1;
        Map<Long, String> her = new HashMap<>();
        for (Object b : liste(segment.get("blade"))) {
            List<?> par = (List<?>) b;
            long p = ((Number) par.get(0)).longValue();
            String blad = String.valueOf(par.get(1));
            c = Bevislog.kaede(c, p, HEX.parseHex(blad));
            her.put(p, blad);
            sidste = p;
        }
        if (sidste != k.position() || !MessageDigest.isEqual(c, k.hoved())) {
            afvigelser.add(log + " kontrolpunkt ved position " + k.position() + ": bladene giver ikke det signerede kædehoved");
            return;
        }
        blade.putAll(her);
    }

    private static List<Map<?, ?>> poster(Map<?, ?> eksport, Bevislog log) {
        List<Map<?, ?>> ud = new ArrayList<>();
        for (String felt : log == Bevislog.HAENDELSER ? List.of("fakta", "indstillinger") : List.of("adgangslog")) {
            liste(eksport.get(felt)).forEach(p -> ud.add(kort(p)));
        }
        return ud;
    }

    /** The readable fields name what the row holds (free text and dates are a rendering of the payload; see docs). */
    private static boolean laesbartSvarerTil(Bevislog log, Map<?, ?> post, Map<?, ?> raekke) {
        try {
            return svarerTil(log, post, raekke);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean svarerTil(Bevislog log, Map<?, ?> post, Map<?, ?> raekke) {
        if (log == Bevislog.HAENDELSER) {
            String type = String.valueOf(raekke.get("payload_type"));
            return tal(post.get("position")) == tal(raekke.get("global_index"))
                    && Objects.equals(String.valueOf(post.get("aggregatId")), raekke.get("aggregate_identifier"))
                    && tal(post.get("sekvens")) == tal(raekke.get("sequence_number"))
                    && type.endsWith("." + post.get("haendelse"));
        }
        return tal(post.get("loebenummer")) == tal(raekke.get("loebenummer")) && Objects.equals(post.get("bruger"), raekke.get("bruger_id"))
                && Objects.equals(post.get("rolle"), raekke.get("rolle")) && Objects.equals(post.get("visning"), raekke.get("visning"))
                && Bevislog.mikrosekunder(java.time.Instant.parse(String.valueOf(post.get("tidspunkt")))) == tal(raekke.get("tidspunkt"));
    }

    private static long tal(Object o) {
        return o instanceof Number n ? n.longValue() : Long.MIN_VALUE;
    }

    private static Map<?, ?> kort(Object o) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException("Eksporten har ikke den forventede form: " + o);
    }

    private static List<?> liste(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
