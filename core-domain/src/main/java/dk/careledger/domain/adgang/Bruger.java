package dk.careledger.domain.adgang;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller, taken only from a verified credential (ADR 0019): user id, the kommune (CVR) they act
 * for, their roles, and the data limits of their rights: the KLE numbers they may see ({@code kle}, prefixes such as
 * {@code 27} or {@code 27.36}; empty means every KLE) and the highest {@link Foelsomhed} they are cleared for. The
 * role they act in on this request is {@code handlerSom} (one of {@code roller}, chosen by the endpoint's
 * {@link Kraever}); it is null outside a request.
 */
public record Bruger(String brugerId, Cvr kommune, Set<Adgangsrolle> roller, List<String> kle, Foelsomhed maksFoelsomhed,
        Adgangsrolle handlerSom) {
    /** Where the web layer keeps the caller of the current request (as the role the endpoint lets them act in). */
    public static final String ANMODNINGSATTRIBUT = "careledger.adgang.bruger";

    public Bruger {
        Objects.requireNonNull(brugerId, "brugerId");
        Objects.requireNonNull(kommune, "kommune");
        roller = Set.copyOf(roller);
        kle = List.copyOf(kle);
        Objects.requireNonNull(maksFoelsomhed, "maksFoelsomhed");
    }

    /**
     * The kommune a list or a setting is for: the user's own. Naming another kommune is 404 {@code KOMMUNE_UKENDT}, as
     * if it did not exist (kommune isolation, ADR 0019).
     */
    public String egenKommune(String givet) {
        String egen = kommune.value();
        if (givet != null && !givet.isBlank() && !givet.trim().equals(egen)) {
            throw Afvisning.ikkeFundet("KOMMUNE_UKENDT", "kommune", "Brugeren kan kun se sin egen kommunes data");
        }
        return egen;
    }

    public boolean har(Adgangsrolle rolle) {
        return roller.contains(rolle);
    }

    /** The same caller acting in {@code rolle}. */
    public Bruger som(Adgangsrolle rolle) {
        return new Bruger(brugerId, kommune, roller, kle, maksFoelsomhed, rolle);
    }

    /** Who acted, as the events record it; refused (403) for a role that writes no events. */
    public Aktoer aktoer() {
        if (handlerSom == null || handlerSom.haendelsesrolle() == null) {
            throw Afvisning.naegtet("MANGLER_RETTIGHED", null, "Rollen " + handlerSom + " kan ikke registrere hændelser");
        }
        return new Aktoer(brugerId, handlerSom.haendelsesrolle());
    }

    /** Whether the user's KLE limit lets them see a case classified {@code kleNummer} (e.g. {@code 27.36.04}). */
    public boolean maaSeKle(String kleNummer) {
        if (kle.isEmpty()) {
            return true;
        }
        if (kleNummer == null) {
            return false;
        }
        for (String praefiks : kle) {
            if (kleNummer.equals(praefiks) || kleNummer.startsWith(praefiks + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user is cleared for {@code foelsomhed} (hierarchical: level 3 sees 1–3, not 4). Unknown is allowed. */
    public boolean maaSeFoelsomhed(Foelsomhed foelsomhed) {
        return foelsomhed == null || foelsomhed.ordinal() <= maksFoelsomhed.ordinal();
    }

    /** Both data limits at once: the case's KLE and følsomhed. */
    public boolean maaSe(String kleNummer, Foelsomhed foelsomhed) {
        return maaSeKle(kleNummer) && maaSeFoelsomhed(foelsomhed);
    }
}
