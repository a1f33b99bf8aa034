package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a kommune's configuration and the catalogues contribute to its index sager, as {@link Indekssager} asks for it:
 * the case concept and closing policy in force for a member (kommune, KLE) on a day, whether the kommune hides the KLE
 * from the citizen, and the public titles. An interface so the row computation stays pure and testable; the feed
 * answers it from the configuration tables, read once per batch.
 */
public interface Indeksrammer {

    /** The case-concept variant in force for a member of the kommune with this KLE on the day (default ENKELTSAGER). */
    Sagsbegreb sagsbegreb(String kommune, String kle, LocalDate dag);

    /** The closing policy in force for a sag of the kommune with this KLE emne on the day (default VED_AFGOERELSE). */
    Politik politik(String kommune, String kle, LocalDate dag);

    /** True when the kommune hides sager of this KLE from the citizen on the day (a Visningsklasse). */
    boolean skjultForBorger(String kommune, String kle, LocalDate dag);

    /** The KLE emne's public title from the catalogue, or the number itself when the catalogue does not know it. */
    String kleTitel(String kleEmne);

    /** The forløbstype's public name from the catalogue, or the code itself when the catalogue does not know it. */
    String forloebstype(String kode);

    UUID masterItSystem();

    UUID afsenderItSystem();
}
