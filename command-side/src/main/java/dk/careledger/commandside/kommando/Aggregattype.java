package dk.careledger.commandside.kommando;

/**
 * The aggregates (the four of ADR 0007 and a kommune's settings, ADR 0021), with the command name their shell handles (one handler per aggregate; the decider
 * switches over the sealed command type) and the aggregate type name Axon stores with their events.
 */
public enum Aggregattype {
    HENVENDELSE("henvendelse", "HenvendelseAggregate", "HENVENDELSE_UKENDT"),
    SAG("sag", "SagAggregate", "SAG_UKENDT"),
    BEVILLING("bevilling", "BevillingAggregate", "BEVILLING_UKENDT"),
    FORLOEB("forloeb", "ForloebAggregate", "FORLOEB_UKENDT"),
    /** A kommune's settings; its id is the kommune's CVR, not a UUID. */
    KOMMUNEINDSTILLING("kommuneindstilling", "KommuneindstillingAggregate", "KOMMUNE_UKENDT");

    public static final String HENVENDELSE_KOMMANDO = "careledger.henvendelse";
    public static final String SAG_KOMMANDO = "careledger.sag";
    public static final String BEVILLING_KOMMANDO = "careledger.bevilling";
    public static final String FORLOEB_KOMMANDO = "careledger.forloeb";
    public static final String KOMMUNEINDSTILLING_KOMMANDO = "careledger.kommuneindstilling";

    private final String navn;
    private final String lagretType;
    private final String ukendtKode;

    Aggregattype(String navn, String lagretType, String ukendtKode) {
        this.navn = navn;
        this.lagretType = lagretType;
        this.ukendtKode = ukendtKode;
    }

    public String kommandonavn() {
        return "careledger." + navn;
    }

    /** The aggregate whose shell handles the command name {@link #kommandonavn()}. */
    public static Aggregattype forKommandonavn(String kommandonavn) {
        for (Aggregattype type : values()) {
            if (type.kommandonavn().equals(kommandonavn)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No aggregate handles " + kommandonavn);
    }

    /** The aggregate type Axon writes in {@code domain_event_entry.type}. */
    public String lagretType() {
        return lagretType;
    }

    /** The error code for a reference to an id of this type that does not exist. */
    public String ukendtKode() {
        return ukendtKode;
    }
}
