package dk.careledger.projection.arbejdsliste.laesning;

import dk.careledger.domain.indstilling.KlePraefiks;
import dk.careledger.domain.katalog.Katalog;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the sagsbehandlingsfrist that applies to a sag, from the effective-dated configuration rows.
 *
 * <p>A row matches a sag when its kommune is the sag's or {@value #ALLE_KOMMUNER}, its KLE prefix covers the sag's
 * KLE emne (on whole code levels: {@code 27.36} covers {@code 27.36.04}, not {@code 27.3}), its indsats — if it names
 * one — is among the indsatser applied for, and it is in force on the day the sag's clock started (gyldigFra on or
 * before it: the rules in force when the application was received apply). The most specific match wins, in this
 * order: the sag's own kommune before the default (a kommune's own decision is never overridden by the default);
 * a row for the indsats before a row for the KLE area only; a longer KLE prefix before a shorter one; then the
 * latest gyldigFra; then the latest registreret (a correction of the same rule).
 *
 * <p>An application for several indsatser gets the shortest of their frister: the citizen may not wait longer for
 * any part of the afgørelse than its own frist allows.
 */
public final class Fristregler {
    /** The kommune code of the defaults that apply to every kommune that has not configured its own rule. */
    public static final String ALLE_KOMMUNER = "00000000";

    private Fristregler() {
    }

    /** The rule for a sag in {@code kommune} with KLE {@code kleNummer}, applied for the given indsatser (maybe none). */
    public static Optional<Fristregel> gaeldende(Collection<Fristregel> regler, String kommune, String kleNummer,
            Collection<String> indsatser, LocalDate dato) {
        if (indsatser.isEmpty()) {
            return bedste(regler, kommune, kleNummer, null, dato);
        }
        Fristregel kortest = null;
        for (String indsats : new TreeSet<>(indsatser)) {
            Optional<Fristregel> regel = bedste(regler, kommune, kleNummer, indsats, dato);
            if (regel.isPresent() && (kortest == null || regel.get().fristDage() < kortest.fristDage())) {
                kortest = regel.get();
            }
        }
        return Optional.ofNullable(kortest);
    }

    /** The most specific rule in force on {@code dato} for one indsats (or none: {@code indsatsKode} null). */
    public static Optional<Fristregel> bedste(Collection<Fristregel> regler, String kommune, String kleNummer, String indsatsKode,
            LocalDate dato) {
        Comparator<Fristregel> specifik = Comparator.<Fristregel>comparingInt(r -> r.kommune().equals(kommune) ? 1 : 0)
                .thenComparingInt(r -> r.indsatsKode() != null ? 1 : 0)
                .thenComparingInt(r -> r.klePraefiks().length())
                .thenComparing(Fristregel::gyldigFra)
                .thenComparing(Fristregel::registreret)
                .thenComparingLong(Fristregel::id);
        return regler.stream()
                .filter(r -> r.kommune().equals(kommune) || r.kommune().equals(ALLE_KOMMUNER))
                .filter(r -> daekker(r.klePraefiks(), kleNummer))
                .filter(r -> r.indsatsKode() == null || r.indsatsKode().equals(indsatsKode))
                .filter(r -> !r.gyldigFra().isAfter(dato))
                .max(specifik);
    }

    /** True when the KLE prefix (hovedgruppe, gruppe or emne) covers the KLE emne. */
    public static boolean daekker(String klePraefiks, String kleNummer) {
        return kleNummer != null && (kleNummer.equals(klePraefiks) || kleNummer.startsWith(klePraefiks + "."));
    }

    /**
     * True when {@code praefiks} is a KLE hovedgruppe ({@code 27}), gruppe ({@code 27.36}) or emne ({@code 27.36.04})
     * with at least one emne in the shipped catalogue.
     */
    public static boolean kendtKlePraefiks(Katalog katalog, String praefiks) {
        return KlePraefiks.kendt(katalog, praefiks);
    }
}
