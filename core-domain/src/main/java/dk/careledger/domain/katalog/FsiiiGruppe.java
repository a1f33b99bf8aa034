package dk.careledger.domain.katalog;

/** The FSIII code groups used by the ledger (brief §3.1). */
public enum FsiiiGruppe {
    /** Henvendelse/henvisning fra. */
    A,
    /** Funktionsevne-skala 0–4 and 9. */
    B,
    /** The citizen's own view: udførelse. */
    C,
    /** The citizen's own view: betydning. */
    D,
    /** Resultat af opfølgning E1–E4. */
    E,
    /** Generelle oplysninger. */
    F,
    /** Funktionsevnetilstande (home care), scored 0–4/9 with an expected level. */
    J,
    /** Helbredstilstande (nursing); no severity score. */
    I,
    /** Indsatsgrupper, SEL/pleje og omsorg. */
    H,
    /** Indsatsgrupper, SUL. */
    G
}
