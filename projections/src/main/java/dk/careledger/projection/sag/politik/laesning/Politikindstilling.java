package dk.careledger.projection.sag.politik.laesning;

import dk.careledger.projection.sag.laesning.Politik;
import dk.careledger.projection.sag.laesning.Sagsbegreb;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code sag_politik_konfiguration}: from {@code gyldigFra}, sager of the kommune under the KLE prefix use these. */
public record Politikindstilling(long id, String kommune, String klePraefiks, Politik politik, Sagsbegreb sagsbegreb, LocalDate gyldigFra,
        Instant registreret, String registreretAf) {

    /** True when the prefix covers the KLE emne: {@code ''} covers all, {@code 27.36} covers {@code 27.36.04}. */
    public boolean daekker(String kle) {
        return daekker(klePraefiks, kle);
    }

    public static boolean daekker(String praefiks, String kle) {
        return praefiks.isEmpty() || kle.equals(praefiks) || kle.startsWith(praefiks + ".");
    }
}
