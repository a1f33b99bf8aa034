package dk.careledger.projection.sag.politik.laesning;

import dk.careledger.domain.indstilling.KlePraefiks;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
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
        return KlePraefiks.daekker(praefiks, kle);
    }
}
