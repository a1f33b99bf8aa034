package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.Personident;
import dk.careledger.indeksfeed.xml.Tekst;
import java.util.Optional;
import java.util.UUID;

/**
 * The Sagspart with the role Primær part, as the Sags- og Dokumentindeks wants it: the {@code ReferenceID} URN and the
 * {@code FuldtNavn} extension. Resolved from the citizen register when a registration is rendered.
 *
 * <p>The anvisning (sag.md, "Relation: Sagspart" → "Primær part", ReferenceID) allows exactly these forms for a person:
 * <ul>
 *   <li>{@code urn:oio:cpr-nr:[0-9]{10}} for a CPR number;</li>
 *   <li>{@code urn:oio:us:personid:[0-9]{7}}: "'PersonID' er et ID, som Udlændingestyrelsen udsteder til udlændinge, der
 *       søger asyl eller opholdstilladelse i Danmark", and {@code urn:oio:udk:borgerid:[0-9]{12}}, Udbetaling Danmark's
 *       internal BorgerID. The ledger holds neither: an erstatningspersonnummer is not a PersonID, and putting it (or our
 *       pseudonymous {@code borgerId}) there would claim an identifier issued by someone else, and could point SAPA at
 *       another person;</li>
 *   <li>"Hvis parten ikke har hverken CPR-, CVR- eller P-nummer angives partens fulde navn som URN med denne struktur:
 *       urn:oio:fuldtnavn:xxxx". This is the form for a citizen with an erstatnings-CPR, when the register has a name.</li>
 * </ul>
 * The relation is optional ("Forekomster: 0..1 ... NB: Denne relation er ikke obligatorisk"), so when there is no
 * lawful identifier to give it is left out rather than filled with a made-up one: an anonymous citizen, an
 * erstatnings-CPR without a name, and a forgotten citizen. Leaving it out of an Opdater does not remove a Primær part the
 * index already has (only the relations sent are changed); removing it after forgetting is the anvendelsesmønster AM-03
 * (Kasser in SagIndeks), not a rendering.
 *
 * <p>{@link #toString()} hides the reference and the name.
 *
 * @param referenceId the URN for {@code ReferenceID}
 * @param fuldtNavn   the name for the {@code SagspartLokalUdvidelse/FuldtNavn}, or null when the register has none
 */
public record Primaerpart(String referenceId, String fuldtNavn) {
    static final String CPR_URN = "urn:oio:cpr-nr:";
    static final String FULDTNAVN_URN = "urn:oio:fuldtnavn:";
    private static final int URN_MAKS = 255;
    private static final int NAVN_MAKS = 255;

    /**
     * The Primær part of the citizen {@code borgerId} as the register knows them now; empty when there is no citizen
     * (null), and as {@link #af(Optional)}.
     */
    public static Optional<Primaerpart> af(Identitetsopslag opslag, UUID borgerId) {
        return borgerId == null ? Optional.empty() : af(opslag.opslaa(borgerId));
    }

    /** The Primær part for what the register answered; empty when the anvisning leaves no lawful form (see above). */
    public static Optional<Primaerpart> af(Optional<Personident> ident) {
        if (ident.isEmpty()) {
            return Optional.empty();
        }
        Personident p = ident.get();
        String navn = Tekst.enLinje(p.fuldtNavn(), NAVN_MAKS);
        return switch (p.type()) {
            case CPR -> {
                String cpr = p.identifikator().replace("-", "").strip();
                yield erCpr(cpr) ? Optional.of(new Primaerpart(CPR_URN + cpr, navn)) : Optional.empty();
            }
            case ERSTATNINGS_CPR -> navn == null ? Optional.empty()
                    : Optional.of(new Primaerpart(FULDTNAVN_URN + Tekst.enLinje(navn, URN_MAKS - FULDTNAVN_URN.length()), navn));
            case ANONYM -> Optional.empty();
        };
    }

    private static boolean erCpr(String s) {
        if (s.length() != 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Primaerpart[" + (referenceId.startsWith(CPR_URN) ? CPR_URN : FULDTNAVN_URN) + "…]";
    }
}
