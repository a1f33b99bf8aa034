package dk.careledger.indeksfeed.xml;

import java.util.UUID;

/**
 * Who made a change, as the indexes want it in {@code Virkning/AktoerRef} and {@code Registrering/BrugerRef} (an
 * {@code sd:UnikIdType}) with its {@code AktoerTypeKode}: a user by UUID, or the ledger itself as an IT-system URN. An
 * actor whose id is blank or starts with {@value #SYSTEMAKTOER_PRAEFIKS} (the command side's system actors) is the
 * ledger, given as {@code urn:oio:it-system-uuid:<master>} with type ItSystem, as the anvisning prescribes for changes
 * "ikke foretaget af en bruger".
 *
 * @param reference the UUID or URN
 * @param urn       true when {@code reference} is a URN (URNIdentifikator), false for a UUID (UUIDIdentifikator)
 * @param typeKode  the AktoerTypeKode: {@code Bruger} or {@code ItSystem}
 */
public record Aktoer(String reference, boolean urn, String typeKode) {
    /** The prefix of the ledger's own (system) actors, e.g. {@code careledger:revisitation-proces}. */
    public static final String SYSTEMAKTOER_PRAEFIKS = "careledger:";
    /** An IT-system as a URN. */
    public static final String IT_SYSTEM_URN = "urn:oio:it-system-uuid:";

    /** True when the actor id names no user: blank, or one of the ledger's own system actors. */
    public static boolean erSystem(String brugerId) {
        return brugerId == null || brugerId.isBlank() || brugerId.startsWith(SYSTEMAKTOER_PRAEFIKS);
    }

    /** The ledger itself, as its Master IT-system. */
    public static Aktoer itSystem(UUID master) {
        return new Aktoer(IT_SYSTEM_URN + master, true, "ItSystem");
    }

    /** A user, by the UUID the index knows the user by. */
    public static Aktoer bruger(UUID bruger) {
        return new Aktoer(bruger.toString(), false, "Bruger");
    }
}
