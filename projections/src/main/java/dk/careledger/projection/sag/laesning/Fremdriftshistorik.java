package dk.careledger.projection.sag.laesning;

import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.sag.laesning.SagTilstand.Periode;
import dk.careledger.projection.fakta.Faktum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The bitemporal fremdrift history of one sag under every {@link Politik}: virkning (when a state holds, from the
 * facts' business dates) × registrering (from when to when we believed it, from the facts' registreringstid).
 *
 * <p>The facts are replayed in global order, one <em>registration step</em> at a time; a step is the facts registered
 * at the same instant (one command's events share one registrering, the index's "work step"). A fact registered before
 * the previous step (possible when events from different aggregates commit out of order) joins the current step, so
 * registration time never runs backwards. After each step the sag's timeline per policy ({@link SagTilstand#tidslinje})
 * is compared with the rows still believed: rows that no longer hold get {@code registreretTil} = the step's time;
 * new periods become new rows with {@code registreretFra} = the step's time. Nothing is ever changed in place: a state
 * that merely gets its end date ("Opstaaet until Oplyst") is a closed row plus a new one, and a correction (a klage
 * within the frist, a new bevilling that keeps the sag open) keeps the old belief visible with its
 * {@code registreretTil}. {@code loebenummer} numbers the rows of a (sag, policy) in the order they were recorded.
 *
 * <p>Pure: a function of the facts alone, so a rebuild gives the same rows.
 */
public final class Fremdriftshistorik {

    /** One row of {@code sag_fremdrift}. */
    public record Raekke(UUID sagId, Politik politik, int loebenummer, Fremdrift fremdrift, LocalDate virkningFra,
            LocalDate virkningTil, String aktoerBruger, String aktoerRolle, Instant registreretFra, Instant registreretTil) {

        /** Still believed (not superseded by a later registration). */
        public boolean troet() {
            return registreretTil == null;
        }

        /** Believed at {@code t}: registered at or before it, and not superseded at or before it. */
        public boolean kendtPr(Instant t) {
            return !registreretFra.isAfter(t) && (registreretTil == null || registreretTil.isAfter(t));
        }

        Periode periode() {
            return new Periode(fremdrift, virkningFra, virkningTil, aktoerBruger, aktoerRolle);
        }
    }

    /** The sag's state after all its facts, and its fremdrift rows under every policy. */
    public record Resultat(SagTilstand tilstand, List<Raekke> raekker) {
        public List<Raekke> raekker(Politik politik) {
            return raekker.stream().filter(r -> r.politik() == politik).toList();
        }
    }

    private Fremdriftshistorik() {
    }

    public static Resultat beregn(UUID sagId, List<Faktum> fakta) {
        SagTilstand t = new SagTilstand(sagId);
        Map<Politik, List<Raekke>> raekker = new EnumMap<>(Politik.class);
        for (Politik p : Politik.values()) {
            raekker.put(p, new ArrayList<>());
        }
        Instant kendt = null;
        int i = 0;
        while (i < fakta.size()) {
            Faktum foerste = fakta.get(i);
            Instant tid = kendt == null || foerste.registreret().isAfter(kendt) ? foerste.registreret() : kendt;
            t.anvend(foerste);
            i++;
            while (i < fakta.size() && !fakta.get(i).registreret().isAfter(tid)) {
                t.anvend(fakta.get(i));
                i++;
            }
            kendt = tid;
            if (t.findes()) {
                for (Politik p : Politik.values()) {
                    opdater(sagId, p, raekker.get(p), t.tidslinje(p), tid);
                }
            }
        }
        List<Raekke> alle = new ArrayList<>();
        raekker.values().forEach(alle::addAll);
        return new Resultat(t, alle);
    }

    private static void opdater(UUID sagId, Politik politik, List<Raekke> raekker, List<Periode> tidslinje, Instant tid) {
        List<Integer> troede = new ArrayList<>();
        for (int j = 0; j < raekker.size(); j++) {
            if (raekker.get(j).troet()) {
                troede.add(j);
            }
        }
        boolean[] beholdt = new boolean[troede.size()];
        List<Periode> nye = new ArrayList<>();
        for (Periode p : tidslinje) {
            boolean fundet = false;
            for (int k = 0; k < troede.size() && !fundet; k++) {
                if (!beholdt[k] && raekker.get(troede.get(k)).periode().equals(p)) {
                    beholdt[k] = true;
                    fundet = true;
                }
            }
            if (!fundet) {
                nye.add(p);
            }
        }
        for (int k = 0; k < troede.size(); k++) {
            if (!beholdt[k]) {
                Raekke r = raekker.get(troede.get(k));
                raekker.set(troede.get(k), new Raekke(r.sagId(), r.politik(), r.loebenummer(), r.fremdrift(), r.virkningFra(),
                        r.virkningTil(), r.aktoerBruger(), r.aktoerRolle(), r.registreretFra(), tid));
            }
        }
        for (Periode p : nye) {
            raekker.add(new Raekke(sagId, politik, raekker.size() + 1, p.fremdrift(), p.fra(), p.til(), p.bruger(), p.rolle(), tid, null));
        }
    }

    /** The rows believed at {@code kendtPr} (null: now), in virkning order. */
    public static List<Raekke> kendtPr(List<Raekke> raekker, Instant kendtPr) {
        return raekker.stream().filter(r -> kendtPr == null ? r.troet() : r.kendtPr(kendtPr))
                .sorted(Comparator.comparing(Raekke::virkningFra).thenComparing(Raekke::loebenummer)).toList();
    }

    /**
     * The state on {@code dag} among rows believed at one time (one policy): the row whose virkning covers the day. Before
     * the sag's first day the first row (Opstaaet) is given; zero-length rows are never current.
     */
    public static Optional<Raekke> gaeldende(List<Raekke> troede, LocalDate dag) {
        Raekke foerste = null;
        for (Raekke r : troede) {
            if (r.periode().gaelder(dag)) {
                return Optional.of(r);
            }
            if (foerste == null || r.virkningFra().isBefore(foerste.virkningFra())
                    || r.virkningFra().equals(foerste.virkningFra()) && r.fremdrift().ordinal() < foerste.fremdrift().ordinal()) {
                foerste = r;
            }
        }
        return Optional.ofNullable(foerste);
    }
}
