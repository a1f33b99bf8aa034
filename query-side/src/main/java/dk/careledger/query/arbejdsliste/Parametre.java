package dk.careledger.query.arbejdsliste;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.query.arbejdsliste.Sagsbehandlingstid.Friststatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The worklists' query parameters, read as text and checked here, so every bad value is a 400 naming the
 * parameter ({@code PARAMETER_UGYLDIG}) rather than a framework error.
 */
final class Parametre {

    private Parametre() {
    }

    /** Required: the kommune's CVR number. */
    static String kommune(String kommune) {
        if (kommune == null || kommune.isBlank()) {
            throw ugyldig("kommune", "Parameteren 'kommune' skal angives: kommunens CVR-nummer, otte cifre");
        }
        return Inputgraenser.cvrParameter(kommune, "kommune");
    }

    /** Optional: the ansvarlig enhed; blank means all units. */
    static String enhed(String enhed) {
        return enhed == null || enhed.isBlank() ? null : enhed;
    }

    /** An optional whole number in [min, max], or {@code standard} when absent. */
    static int heltal(String navn, String vaerdi, int standard, int min, int max) {
        if (vaerdi == null || vaerdi.isBlank()) {
            return standard;
        }
        try {
            int tal = Integer.parseInt(vaerdi.trim());
            if (tal >= min && tal <= max) {
                return tal;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw ugyldig(navn, "Parameteren '" + navn + "' skal være et helt tal fra " + min + " til " + max + ", fik '" + vaerdi + "'");
    }

    /** Optional, comma-separated: OVERSKREDET, TAET_PAA, I_TIDE; absent means all. */
    static Set<Friststatus> statusser(String vaerdi) {
        if (vaerdi == null || vaerdi.isBlank()) {
            return EnumSet.allOf(Friststatus.class);
        }
        Set<Friststatus> valgte = EnumSet.noneOf(Friststatus.class);
        for (String del : vaerdi.split(",")) {
            try {
                valgte.add(Friststatus.valueOf(del.trim()));
            } catch (IllegalArgumentException e) {
                throw ugyldig("status", "Parameteren 'status' kan være OVERSKREDET, TAET_PAA og I_TIDE (kommasepareret), fik '" + vaerdi + "'");
            }
        }
        return valgte;
    }

    /** Optional: an indsats code from the shipped catalogue. */
    static String indsats(Katalog katalog, String indsats) {
        if (indsats == null || indsats.isBlank()) {
            return null;
        }
        if (katalog.indsats(indsats).isEmpty()) {
            throw ugyldig("indsats", "Parameteren 'indsats' skal være en kendt indsatskode, fik '" + indsats + "'");
        }
        return indsats;
    }

    private static Afvisning ugyldig(String parameter, String besked) {
        return Afvisning.ugyldig("PARAMETER_UGYLDIG", parameter, besked);
    }
}
