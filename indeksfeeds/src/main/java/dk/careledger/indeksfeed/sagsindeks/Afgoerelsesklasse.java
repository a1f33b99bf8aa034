package dk.careledger.indeksfeed.sagsindeks;

/**
 * The ledger's afgørelse types as Afgørelsesklasser of the classification Indekser/Sagsafgørelse. The anvisning allows
 * only level-2 classes (never the four level-1 groupings), whose UUIDs Fælleskommunalt Klassifikationssystem assigns;
 * offline we deliver the class by its BrugervendtNoegle below (UUID name-based, see {@code SagsindeksXml}). The level-1
 * grouping each belongs to is given for the record.
 */
public final class Afgoerelsesklasse {
    /** Full bevilling — level 1: "Afgørelse i primær parts favør". */
    public static final String BEVILGET = "Bevilget";
    /** Delvis bevilling — level 1: "Afgørelse delvis i primær parts favør". */
    public static final String DELVIST_BEVILGET = "Delvist bevilget";
    /** Afslag — level 1: "Afgørelse mod primær parts favør". */
    public static final String AFSLAG = "Afslag";

    private Afgoerelsesklasse() {
    }

    /** The class of an afgørelse type ({@code Afgoerelsestype} name). */
    public static String af(String afgoerelsestype) {
        return switch (afgoerelsestype) {
            case "BEVILLING" -> BEVILGET;
            case "DELVIS_BEVILLING" -> DELVIST_BEVILGET;
            case "AFSLAG" -> AFSLAG;
            default -> throw new IllegalArgumentException("Ukendt afgørelsestype " + afgoerelsestype);
        };
    }
}
