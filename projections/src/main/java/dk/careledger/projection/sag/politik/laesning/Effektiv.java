package dk.careledger.projection.sag.politik.laesning;

import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * The setting in force for a sag (kommune, KLE emne) on a day, and where it comes from: the configuration row
 * ({@code klePraefiks}, {@code gyldigFra}) or, with {@code standard = true}, the default.
 *
 * <p>The default when nothing is configured is {@link Politik#VED_AFGOERELSE} + {@link Sagsbegreb#ENKELTSAGER}: one sag
 * per application, closed when its afgørelse is sent. That is the enkeltsagsprincip of the rammearkitektur and what
 * KOMBIT recommends for a readable list in SAPA and Borgerblikket ("one case per application/indsats"), it keeps no
 * sag open for years while help is delivered (delivery is followed under the bevilling and the forløb), and the
 * slettefrist starts running. A kommune that works otherwise configures it.
 */
public record Effektiv(Politik politik, Sagsbegreb sagsbegreb, String klePraefiks, LocalDate gyldigFra, boolean standard) {

    public static final Effektiv STANDARD = new Effektiv(Politik.VED_AFGOERELSE, Sagsbegreb.ENKELTSAGER, null, null, true);

    private static final Comparator<Politikindstilling> FORRANG = Comparator.comparingInt((Politikindstilling k) -> k.klePraefiks().length())
            .thenComparing(Politikindstilling::gyldigFra).thenComparing(Politikindstilling::registreret).thenComparingLong(Politikindstilling::id);

    /**
     * The setting for a sag of {@code kommune} with KLE emne {@code kle} on {@code dag}: among the kommune's rows with
     * {@code gyldigFra} on or before the day whose prefix covers the emne, the longest prefix wins; then the latest
     * {@code gyldigFra}; then the latest registered.
     */
    public static Effektiv for_(Collection<Politikindstilling> rows, String kommune, String kle, LocalDate dag) {
        return rows.stream().filter(k -> k.kommune().equals(kommune) && k.daekker(kle) && !k.gyldigFra().isAfter(dag)).max(FORRANG)
                .map(k -> new Effektiv(k.politik(), k.sagsbegreb(), k.klePraefiks(), k.gyldigFra(), false)).orElse(STANDARD);
    }

    /** The ORDER BY that picks the same row in SQL (alias {@code k}); keep it in step with {@link #FORRANG}. */
    public static final String SQL_FORRANG = "length(k.kle_praefiks) DESC, k.gyldig_fra DESC, k.registreret DESC, k.id DESC";
}
