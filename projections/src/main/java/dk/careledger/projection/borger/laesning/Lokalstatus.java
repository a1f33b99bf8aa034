package dk.careledger.projection.borger.laesning;

/**
 * A sag's local status in the citizen overview (the index's free Sagsstatus): its fremdrift refined by i bero and
 * revisitation. The projection stores it with the fremdrift it records; the overview judged on a day
 * ({@code gaeldendePr}, ADR 0026) derives it the same way from the fremdrift on that day.
 */
public final class Lokalstatus {
    /** Local status codes, in the order they take precedence. */
    public static final String AFSLUTTET_UDEN_AFGOERELSE = "AFSLUTTET_UDEN_AFGOERELSE";
    public static final String I_BERO = "I_BERO";
    public static final String UNDER_REVISITATION = "UNDER_REVISITATION";

    private Lokalstatus() {
    }

    /** AFSLUTTET / AFSLUTTET_UDEN_AFGOERELSE, else I_BERO, else UNDER_REVISITATION, else the fremdrift. */
    public static String af(String fremdrift, boolean iBero, boolean underRevisitation, String afslutningsaarsag) {
        if ("AFSLUTTET".equals(fremdrift)) {
            return afslutningsaarsag != null ? AFSLUTTET_UDEN_AFGOERELSE : "AFSLUTTET";
        }
        if (iBero) {
            return I_BERO;
        }
        return underRevisitation ? UNDER_REVISITATION : fremdrift;
    }
}
