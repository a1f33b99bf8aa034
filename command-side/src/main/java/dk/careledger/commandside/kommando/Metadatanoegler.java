package dk.careledger.commandside.kommando;

/** Keys of the command metadata the REST layer sets and the aggregate shells read. */
public final class Metadatanoegler {
    public static final String KOMMANDO_ID = "kommandoId";
    public static final String KOMMANDO_HASH = "kommandoHash";
    public static final String AGGREGAT_ID = "aggregatId";
    public static final String FORVENTET_VERSION = "forventetVersion";
    public static final String BRUGER_ID = "brugerId";
    public static final String ROLLE = "rolle";
    public static final String KOMMUNE = "kommune";

    private Metadatanoegler() {
    }
}
