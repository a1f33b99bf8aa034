package dk.careledger.domain.katalog;

/** The four kinds of ydelse in the rammearkitektur (brief §1.3). */
public enum Ydelsestype {
    /** Time or a resource delivered, e.g. personlig pleje, sygepleje, træning. Leveringer record what was done. */
    TID,
    /** Money paid, e.g. kontant tilskud. Effektueringer are payments. */
    OEKONOMISK,
    /** A physical thing, e.g. a hjælpemiddel. */
    FYSISK,
    /** A place or a permission, e.g. midlertidigt ophold. */
    PLADS
}
