package dk.careledger.projection.sag.sagsbegreb.laesning;

import static dk.careledger.domain.sag.Fremdrift.AFGJORT;
import static dk.careledger.domain.sag.Fremdrift.AFSLUTTET;
import static dk.careledger.domain.sag.Fremdrift.OPLYST;
import static dk.careledger.domain.sag.Fremdrift.OPSTAAET;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.sag.laesning.SagTilstand.Periode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Pure helpers for the variants' fremdrift timelines (virkning only, no actors). */
public final class Tidslinjer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tidslinjer() {
    }

    /** Appends a state from {@code dato} (moved up to the previous start if earlier), closing the previous one there. */
    public static void tilfoej(List<Periode> ud, Fremdrift fremdrift, LocalDate dato) {
        LocalDate fra = dato;
        if (!ud.isEmpty()) {
            Periode forrige = ud.get(ud.size() - 1);
            if (fra.isBefore(forrige.fra())) {
                fra = forrige.fra();
            }
            ud.set(ud.size() - 1, new Periode(forrige.fremdrift(), forrige.fra(), fra, null, null));
        }
        ud.add(new Periode(fremdrift, fra, null, null, null));
    }

    /** The timeline without actors. */
    public static List<Periode> udenAktoerer(List<Periode> perioder) {
        return perioder.stream().map(p -> new Periode(p.fremdrift(), p.fra(), p.til(), null, null)).toList();
    }

    /**
     * Several members' timelines as one: on each day, Afsluttet when every member that has begun is Afsluttet, else the
     * least advanced state among the open members (a new application makes the whole Opstaaet again; {@link #udfyld}
     * then keeps a whole that was already Oplyst at Oplyst, as the index's states never go back within a cycle). Members
     * that have not begun do not count. Consecutive equal states merge. A member's zero-length states (passed through on one day)
     * are taken as steps within that day, so a state every member passed through is not lost.
     */
    public static List<Periode> kombiner(List<List<Periode>> medlemmer) {
        TreeSet<LocalDate> punkter = new TreeSet<>();
        for (List<Periode> m : medlemmer) {
            for (Periode p : m) {
                punkter.add(p.fra());
                if (p.til() != null) {
                    punkter.add(p.til());
                }
            }
        }
        List<Periode> ud = new ArrayList<>();
        Fremdrift forrige = null;
        for (LocalDate d : punkter) {
            List<List<Fremdrift>> trin = new ArrayList<>();
            int antal = 0;
            for (List<Periode> m : medlemmer) {
                if (m.isEmpty() || d.isBefore(m.get(0).fra())) {
                    continue;
                }
                List<Fremdrift> z = new ArrayList<>();
                for (Periode p : m) {
                    if (p.fra().equals(d) && d.equals(p.til())) {
                        z.add(p.fremdrift());
                    }
                }
                z.add(m.stream().filter(x -> x.gaelder(d)).findFirst().orElse(m.get(m.size() - 1)).fremdrift());
                trin.add(z);
                antal = Math.max(antal, z.size());
            }
            for (int k = 0; k < antal; k++) {
                Fremdrift s = kombineret(trin, k);
                if (s != forrige) {
                    tilfoej(ud, s, d);
                    forrige = s;
                }
            }
        }
        return ud;
    }

    private static Fremdrift kombineret(List<List<Fremdrift>> trin, int k) {
        Fremdrift mindst = null;
        for (List<Fremdrift> z : trin) {
            Fremdrift f = z.get(Math.min(k, z.size() - 1));
            if (f != AFSLUTTET && (mindst == null || f.ordinal() < mindst.ordinal())) {
                mindst = f;
            }
        }
        return mindst == null ? AFSLUTTET : mindst;
    }

    /**
     * The timeline as the Sagsindeks' state rules allow it (sag.md 3.4, {@code Anvisningskontrol}), the way
     * {@link dk.careledger.projection.sag.laesning.SagTilstand} does for a sag: a sag begins Opstaaet, Oplyst comes after
     * Opstaaet and Afgjort after Oplyst, so the states a timeline jumps over are inserted as zero-length rows; Afsluttet
     * may follow any state; Opstaaet again only after Afgjort or Afsluttet (a new cycle).
     * <ul>
     *   <li>A step back to Oplyst or Afgjort after Afgjort or Afsluttet (a member reopened, an afgørelse undone) begins a
     *       new cycle: a zero-length Opstaaet, and Oplyst, before it.</li>
     *   <li>A step back from Oplyst to Opstaaet (a borgersag being clarified gets a new application) is not a state the
     *       index can take: the timeline stays Oplyst until it moves on. Within a cycle the state never goes back.</li>
     * </ul>
     */
    public static List<Periode> udfyld(List<Periode> perioder) {
        List<Periode> ud = new ArrayList<>();
        Fremdrift forrige = null;
        for (Periode p : perioder) {
            int maal = p.fremdrift().ordinal();
            if (p.fremdrift() == forrige || (p.fremdrift() == OPSTAAET && forrige == OPLYST)) {
                continue;
            }
            if (p.fremdrift() == OPLYST || p.fremdrift() == AFGJORT) {
                int fra = forrige == null || forrige == AFSLUTTET || forrige == AFGJORT ? 0 : forrige.ordinal() + 1;
                for (int r = fra; r < maal; r++) {
                    tilfoej(ud, Fremdrift.values()[r], p.fra());
                }
            } else if (forrige == null && p.fremdrift() == AFSLUTTET) {
                tilfoej(ud, OPSTAAET, p.fra());
            }
            tilfoej(ud, p.fremdrift(), p.fra());
            forrige = p.fremdrift();
        }
        if (!ud.isEmpty() && !perioder.isEmpty() && perioder.get(perioder.size() - 1).til() != null) {
            Periode sidste = ud.get(ud.size() - 1);
            ud.set(ud.size() - 1, new Periode(sidste.fremdrift(), sidste.fra(), perioder.get(perioder.size() - 1).til(), null, null));
        }
        return ud;
    }

    /** A bevilling as a member: Afgjort from its bevilgetDato, Afsluttet from its ophør. */
    public static List<Periode> bevilling(LocalDate bevilget, LocalDate ophoer) {
        List<Periode> ud = new ArrayList<>();
        tilfoej(ud, AFGJORT, bevilget);
        if (ophoer != null) {
            tilfoej(ud, AFSLUTTET, ophoer);
        }
        return ud;
    }

    public static String json(List<Periode> perioder) {
        StringBuilder sb = new StringBuilder("[");
        for (Periode p : perioder) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"fremdrift\":\"").append(p.fremdrift()).append("\",\"fra\":\"").append(p.fra()).append("\",\"til\":")
                    .append(p.til() == null ? "null" : "\"" + p.til() + "\"").append('}');
        }
        return sb.append(']').toString();
    }

    public static List<Periode> fraJson(String json) {
        try {
            List<Periode> ud = new ArrayList<>();
            for (JsonNode n : JSON.readTree(json)) {
                JsonNode til = n.get("til");
                ud.add(new Periode(Fremdrift.valueOf(n.get("fremdrift").asText()), LocalDate.parse(n.get("fra").asText()),
                        til == null || til.isNull() ? null : LocalDate.parse(til.asText()), null, null));
            }
            return ud;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
