package dk.careledger.domain.felles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What the ledger accepts from a client before any rule looks at it: the limits of what every fact must be able to
 * become — a row in a PostgreSQL read model, an element of a KOMBIT XML delivery, a line on a caseworker's screen.
 * A fact the ledger stores cannot be taken out again, so a value that one of them cannot hold is refused at the edge
 * (400, the field named), never stored to stop a projection later.
 * <ul>
 *   <li><b>Text</b> holds only characters XML 1.0 allows (tab, line feed and carriage return, but no other control
 *       character, no NUL, no unpaired surrogate, no U+FFFE/U+FFFF) and no C1 control character, and is at most
 *       {@link #MAKS_TEKST} characters long; fields with a narrower column say so themselves (e.g. a name).</li>
 *   <li><b>Dates</b> lie from {@link #TIDLIGSTE_DATO} to {@link #SENESTE_DATO}: every date a case in elderly care,
 *       health or the social area refers to, with room for long plans, and far inside PostgreSQL's range.</li>
 *   <li><b>Times</b> lie in the same span.</li>
 *   <li><b>Ids</b> a client chooses are never the nil UUID.</li>
 * </ul>
 */
public final class Inputgraenser {
    /** The longest text the ledger keeps in one field: a long begrundelse fits, an 8 MB "name" does not. */
    public static final int MAKS_TEKST = 10_000;
    /** The longest user id the register and the read models keep (e.g. {@code borger.oprettet_af}, VARCHAR(100)). */
    public static final int MAKS_BRUGER_ID = 100;
    public static final LocalDate TIDLIGSTE_DATO = LocalDate.of(1900, 1, 1);
    public static final LocalDate SENESTE_DATO = LocalDate.of(2199, 12, 31);
    private static final Instant TIDLIGSTE_TID = TIDLIGSTE_DATO.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant FOERSTE_TID_EFTER = SENESTE_DATO.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final UUID NIL = new UUID(0, 0);

    private Inputgraenser() {
    }

    /** {@code tekst} unchanged when it is acceptable text of at most {@link #MAKS_TEKST} characters; null passes. */
    public static String tekst(String tekst, String felt) {
        return tekst(tekst, MAKS_TEKST, felt);
    }

    /** As {@link #tekst(String, String)}, with a narrower bound for a field that keeps less. */
    public static String tekst(String tekst, int maks, String felt) {
        if (tekst == null) {
            return null;
        }
        Afvisning.hoejst(tekst, maks, felt);
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue; // the common case first
            }
            if (!tilladt(tekst, i)) {
                throw Afvisning.ugyldig("UGYLDIGT_TEGN", felt, "Feltet '" + navn(felt) + "' indeholder et tegn, der ikke må stå i tekst ("
                        + String.format("U+%04X", (int) c) + " ved position " + (i + 1) + "); styretegn som NUL er ikke tilladt");
            }
            if (Character.isHighSurrogate(c)) {
                i++; // the pair was checked whole
            }
        }
        return tekst;
    }

    private static boolean tilladt(String tekst, int i) {
        char c = tekst.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c);
    }

    /** {@code dato} unchanged when it lies from {@link #TIDLIGSTE_DATO} to {@link #SENESTE_DATO}; null passes. */
    public static LocalDate dato(LocalDate dato, String felt) {
        if (dato != null && (dato.isBefore(TIDLIGSTE_DATO) || dato.isAfter(SENESTE_DATO))) {
            throw udenForOmraade(felt, dato.toString());
        }
        return dato;
    }

    /** {@code tid} unchanged when it lies in the same span as {@link #dato}'s (in UTC); null passes. */
    public static Instant tidspunkt(Instant tid, String felt) {
        if (tid != null && (tid.isBefore(TIDLIGSTE_TID) || !tid.isBefore(FOERSTE_TID_EFTER))) {
            throw udenForOmraade(felt, tid.toString());
        }
        return tid;
    }

    /** {@code id} unchanged unless it is the nil UUID, which no client may choose; null passes. */
    public static UUID id(UUID id, String felt) {
        if (NIL.equals(id)) {
            throw Afvisning.ugyldig("ID_UGYLDIG", felt, "Feltet '" + navn(felt) + "' må ikke være nil-UUID'et; vælg et tilfældigt UUID");
        }
        return id;
    }

    private static Afvisning udenForOmraade(String felt, String vaerdi) {
        return Afvisning.ugyldig("DATO_UDEN_FOR_OMRAADE", felt, "Feltet '" + navn(felt) + "' skal ligge mellem " + TIDLIGSTE_DATO + " og "
                + SENESTE_DATO + ", fik " + vaerdi);
    }

    private static String navn(String felt) {
        return felt == null ? "værdien" : felt;
    }

    /**
     * A kommune given as a query parameter: its CVR number, eight digits (surrounding blanks are ignored). A 400
     * {@code PARAMETER_UGYLDIG} naming the parameter otherwise.
     */
    public static String cvrParameter(String vaerdi, String felt) {
        String v = vaerdi == null ? "" : vaerdi.trim();
        if (!v.matches("\\d{8}")) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", felt, "Parameteren '" + felt + "' er et CVR-nummer på otte cifre, fik '" + vaerdi + "'");
        }
        return v;
    }
}
