package dk.careledger.indeksfeed;

import java.time.LocalDate;

/**
 * Whether a kommune has chosen to exclude sager of a KLE emne from the citizen's view (Borgerblikket). The Sagsindeks
 * feed then gives the sag a Visningsklasse, so every receiver (Borgerblikket, SAPA's citizen-facing parts) knows it.
 */
@FunctionalInterface
public interface Visningsregel {

    /** The kommune's rule, read once (e.g. per batch) and then evaluated in memory for many sager and days. */
    Kommuneregel forKommune(String kommune);

    @FunctionalInterface
    interface Kommuneregel {
        boolean skjultForBorger(String kleEmne, LocalDate dag);
    }
}
