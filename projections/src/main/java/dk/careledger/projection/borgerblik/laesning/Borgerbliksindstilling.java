package dk.careledger.projection.borgerblik.laesning;

import dk.careledger.domain.indstilling.Titelkilde;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * The Borgerblikket setting in force for a sag (owner kommune, KLE emne) on a day, and where it comes from: the
 * configuration row ({@code klePraefiks}, {@code gyldigFra}, {@code regelId}) or, with {@code standard = true}, the
 * default.
 *
 * <p><b>The default</b> when a kommune has configured nothing for the emne ({@link #STANDARD}) shows every sag (no
 * fradato, not hidden) with the KLE emne's title, its fremdrift, no document titles and no ydelser:
 * <ul>
 *   <li><em>KLE title, not the sag's own:</em> the sag title is a caseworker's free text, written for colleagues; it may
 *       name a diagnosis or a relative. The KLE title is the neutral, published name of the area. Borgerblikket itself
 *       shows the KLE title unless the kommune chooses the source system's title (brief §1.6).</li>
 *   <li><em>No document titles:</em> the issue and Borgerblikket make them opt-in ("only where the municipality opted
 *       in").</li>
 *   <li><em>No fradato, not hidden:</em> the citizen's right to insight is the rule and hiding the exception; a sag the
 *       kommune does not want shown must be marked (Visningsklasse), not left out by omission.</li>
 *   <li><em>No niveau 2:</em> showing the bevilgede ydelser is solution B of the KL/KOMBIT working group, a proposal,
 *       not today's Borgerblikket; a kommune turns it on where it has agreed to.</li>
 * </ul>
 */
public record Borgerbliksindstilling(Titelkilde titelKilde, boolean dokumenttitler, LocalDate fradato, boolean visAeldreAktive,
        boolean niveau2, boolean skjulForBorger, String klePraefiks, LocalDate gyldigFra, Long regelId, boolean standard) {

    public static final Borgerbliksindstilling STANDARD = new Borgerbliksindstilling(Titelkilde.KLE, false, null, false, false, false, null,
            null, null, true);

    /** Same order as {@code Effektiv}'s: longest prefix, then latest gyldigFra, then latest registered, then highest id. */
    private static final Comparator<Borgerbliksregel> FORRANG = Comparator.comparingInt((Borgerbliksregel r) -> r.klePraefiks().length())
            .thenComparing(Borgerbliksregel::gyldigFra).thenComparing(Borgerbliksregel::registreret).thenComparingLong(Borgerbliksregel::id);

    /**
     * The setting for a sag of {@code kommune} with KLE emne {@code kle} on {@code dag}: among the kommune's rows with
     * {@code gyldigFra} on or before the day whose prefix covers the emne, the longest prefix wins; then the latest
     * {@code gyldigFra}; then the latest registered. Without such a row: {@link #STANDARD}.
     */
    public static Borgerbliksindstilling for_(Collection<Borgerbliksregel> regler, String kommune, String kle, LocalDate dag) {
        return regler.stream().filter(r -> r.kommune().equals(kommune) && r.daekker(kle) && !r.gyldigFra().isAfter(dag)).max(FORRANG)
                .map(Borgerbliksindstilling::af).orElse(STANDARD);
    }

    private static Borgerbliksindstilling af(Borgerbliksregel r) {
        return new Borgerbliksindstilling(r.titelKilde(), r.dokumenttitler(), r.fradato(), r.visAeldreAktive(), r.niveau2(), r.skjulForBorger(),
                r.klePraefiks(), r.gyldigFra(), r.id(), false);
    }
}
