package dk.careledger.domain.indstilling;

/**
 * What a "sag" is (the KL/KOMBIT slides "Varianter af sagsbegreb på omsorgsområdet"): the sag list a kommune would keep
 * under each variant, projected from the same facts by the sagsbegreb read model; which one a kommune uses is a fact of its settings ({@link dk.careledger.domain.indstilling.event.SagsbegrebFastsat}, ADR 0021).
 * Stored and part of the API: never rename.
 */
public enum Sagsbegreb {
    /** One sag per application/afgørelse (enkeltsagsprincippet): each sag, split per afgørelse after a revisitation. */
    ENKELTSAGER,
    /** One long borgersag per citizen per area (KLE gruppe NN.NN), open while any member is open. */
    BORGERSAG_PR_OMRAADE,
    /** One sag per FSIII forløb with the forløb's sager and bevillinger; sager without a forløb stand alone. */
    FSIII_PR_FORLOEB
}
