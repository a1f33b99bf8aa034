package dk.careledger.projection.borgerblik.laesning;

import dk.careledger.domain.bevilling.Omfangsperiode;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.Fremdrift;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Borgerblikket rules (issue 4 item 5, brief §1.6), as pure functions of a sag's stored facts, the setting in
 * force and today: which sager a citizen sees, the fremdrift timeline they see, which letters, and the names of the
 * bevilgede ydelser at niveau 2. The query side feeds them from one or two SQL queries per request; the tests in this
 * module show each rule on its own.
 *
 * <p>What is never passed in cannot leak: none of these functions takes an actor, a caseworker or a unit, so the
 * view composed from them carries none.
 */
public final class Borgerbliksregler {
    private Borgerbliksregler() {
    }

    /** Why a sag is not shown to its primary party, in the order the rules are checked. */
    public enum Skjulegrund {
        /** The citizen has no CPR number (erstatnings-CPR, anonymous, or forgotten): Borgerblikket shows such persons nothing. */
        IKKE_CPR,
        /** Følsomhed VIP_SAGER is never shown, whatever the configuration. */
        VIP_SAGER,
        /** The kommune hides the KLE area from the citizen (Visningsklasse). */
        SKJULT_FOR_BORGER,
        /** The sag arose before the fradato, and is closed or the kommune shows no older active sager. */
        FOER_FRADATO
    }

    /**
     * Whether the sag is hidden from its primary party, and why. The caller passes only sager whose primary party
     * ({@code sag.borger_id}) is the citizen asking, so being the primary party is given.
     *
     * @param harCpr     the citizen is registered with identtype CPR and not forgotten
     * @param opstaaet   the day the sag arose
     * @param aktiv      the sag is not Afsluttet today under the kommune's closing policy ({@link #aktiv})
     * @return empty when the sag is shown
     */
    public static Optional<Skjulegrund> skjulegrund(boolean harCpr, Foelsomhed foelsomhed, Borgerbliksindstilling indstilling,
            LocalDate opstaaet, boolean aktiv) {
        if (!harCpr) {
            return Optional.of(Skjulegrund.IKKE_CPR);
        }
        if (foelsomhed == Foelsomhed.VIP_SAGER) {
            return Optional.of(Skjulegrund.VIP_SAGER);
        }
        if (indstilling.skjulForBorger()) {
            return Optional.of(Skjulegrund.SKJULT_FOR_BORGER);
        }
        LocalDate fradato = indstilling.fradato();
        if (fradato != null && opstaaet.isBefore(fradato) && !(aktiv && indstilling.visAeldreAktive())) {
            return Optional.of(Skjulegrund.FOER_FRADATO);
        }
        return Optional.empty();
    }

    /** A fremdrift state with its virkning: from {@code fra} inclusive to {@code til} exclusive ({@code til} null: open). */
    public record Trin(Fremdrift fremdrift, LocalDate fra, LocalDate til) {
        public Trin {
            Objects.requireNonNull(fremdrift, "fremdrift");
            Objects.requireNonNull(fra, "fra");
        }
    }

    /**
     * The timeline the citizen sees on {@code dag}, from the rows believed now under the kommune's policy in virkning
     * order: only states that have begun, and a state whose end lies ahead is shown open. A policy stores a future
     * change as it is expected (VED_KLAGEFRIST: Afsluttet the day after the klagefrist); the citizen is not shown a
     * closing that has not happened. A state the sag passed through on one day (a zero-length row) is kept, so no
     * state is skipped. Before the sag's first day, its first state is shown, open.
     */
    public static List<Trin> tidslinje(List<Trin> troede, LocalDate dag) {
        List<Trin> vist = new ArrayList<>();
        for (Trin t : troede) {
            if (!t.fra().isAfter(dag)) {
                vist.add(t.til() != null && t.til().isAfter(dag) ? new Trin(t.fremdrift(), t.fra(), null) : t);
            }
        }
        if (vist.isEmpty() && !troede.isEmpty()) {
            Trin foerste = troede.stream().min(Comparator.comparing(Trin::fra)).orElseThrow();
            vist.add(new Trin(foerste.fremdrift(), foerste.fra(), null));
        }
        return vist;
    }

    /** The state today on a timeline from {@link #tidslinje}: the open one, else the last; Opstaaet for an empty one. */
    public static Fremdrift aktuel(List<Trin> vist) {
        for (Trin t : vist) {
            if (t.til() == null) {
                return t.fremdrift();
            }
        }
        return vist.isEmpty() ? Fremdrift.OPSTAAET : vist.get(vist.size() - 1).fremdrift();
    }

    /** Active for the fradato rule: not Afsluttet today under the kommune's policy. */
    public static boolean aktiv(List<Trin> vist) {
        return aktuel(vist) != Fremdrift.AFSLUTTET;
    }

    /** The Danish name of a state, as the citizen reads it. */
    public static String tekst(Fremdrift f) {
        return switch (f) {
            case OPSTAAET -> "Opstået";
            case OPLYST -> "Oplyst";
            case AFGJORT -> "Afgjort";
            case AFSLUTTET -> "Afsluttet";
        };
    }

    /** A letter on the sag: its title and the day it was sent or received. Never its content. */
    public record Dokument(String titel, LocalDate dato) {
    }

    /**
     * The letter a stored sag fact stands for, with a fixed Danish title. The ledger's facts carry no document titles
     * (the partshøring's {@code emne} and the anmodning's {@code hvad} are a caseworker's encrypted free text and are
     * not kept in the sag facts), so each letter-like event gets a fixed title:
     * <ul>
     *   <li>{@code AfgoerelseTruffet}: "Afgørelse", dated sendtDato (else truffetDato);</li>
     *   <li>{@code PartshoeringSendt}: "Partshøring", dated sendtDato;</li>
     *   <li>{@code PartshoeringBesvaret}: "Svar på partshøring", dated besvaretDato;</li>
     *   <li>{@code OplysningerAnmodet}: "Anmodning om oplysninger", dated anmodetDato;</li>
     *   <li>{@code KlageModtaget}: "Klage", dated modtagetDato.</li>
     * </ul>
     *
     * @param dato      the fact's own date (of {@code dk.careledger.projection.fakta.Faktum}): an afgørelse's truffetDato,
     *                  else the date named above
     * @param sendtDato an afgørelse's sendtDato (null when it is not sent, and for any other fact)
     * @return empty for any other fact
     */
    public static Optional<Dokument> dokument(String haendelse, LocalDate dato, LocalDate sendtDato) {
        return Optional.ofNullable(switch (haendelse) {
            case "AfgoerelseTruffet" -> new Dokument("Afgørelse", sendtDato != null ? sendtDato : dato);
            case "PartshoeringSendt" -> new Dokument("Partshøring", dato);
            case "PartshoeringBesvaret" -> new Dokument("Svar på partshøring", dato);
            case "OplysningerAnmodet" -> new Dokument("Anmodning om oplysninger", dato);
            case "KlageModtaget" -> new Dokument("Klage", dato);
            default -> null;
        });
    }

    /** The event types {@link #dokument} gives a letter for. */
    public static final List<String> DOKUMENTHAENDELSER = List.of("AfgoerelseTruffet", "PartshoeringSendt", "PartshoeringBesvaret",
            "OplysningerAnmodet", "KlageModtaget");

    /** The letters dated on or before {@code dag}, by date (a letter dated ahead has not been sent yet). */
    public static List<Dokument> dokumenter(List<Dokument> alle, LocalDate dag) {
        return alle.stream().filter(d -> d.dato() != null && !d.dato().isAfter(dag)).sorted(Comparator.comparing(Dokument::dato)).toList();
    }

    /**
     * The name of a bevilget ydelse at niveau 2: the indsats name and, for a time ydelse, how often, e.g.
     * "Personlig pleje, 3 gange om ugen". The minutes are left out: they are the leverandør's planning unit, and the
     * frequency is what the citizen recognises.
     *
     * @param gange   visits per period; null for a ydelse without omfang (money, a thing, a place)
     */
    public static String ydelsesnavn(String indsatsNavn, Integer gange, Omfangsperiode periode) {
        if (gange == null || periode == null) {
            return indsatsNavn;
        }
        String pr = switch (periode) {
            case PR_DAG -> "om dagen";
            case PR_UGE -> "om ugen";
            case PR_MAANED -> "om måneden";
        };
        return indsatsNavn + ", " + gange + (gange == 1 ? " gang " : " gange ") + pr;
    }
}
