package dk.careledger.indeksfeed.sagsindeks;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UUIDs a registration refers to in KOMBIT's Fælleskommunalt Klassifikationssystem and Organisationssystem, which the
 * ledger cannot look up offline. Every one is a deterministic name-based UUID ({@link UUID#nameUUIDFromBytes}) over a
 * fixed name, so the same input always gives the same UUID, in every rendering and every replay:
 * <ul>
 *   <li>KLE emne and handlingsfacet: {@code "kle:" + nummer} (e.g. {@code kle:27.36.04}, {@code kle:G01}); the number
 *       itself goes in {@code BrugervendtNoegle}, which is what the receivers scope on;</li>
 *   <li>organisational unit: {@code "org-enhed:" + kommune-CVR + ":" + key}; user: {@code "bruger:" + kommune-CVR + ":" +
 *       brugerId};</li>
 *   <li>Afgørelsesklasse: {@code "sagsafgoerelse:" + key}; Visningsklasse: {@code "visningsklasse:" + key};</li>
 *   <li>relation roles and object types ("Rolle" and "Type" on every relation, which the anvisning says are UUIDs from
 *       Klassifikation, vejledning §9.3): {@code "indeks-rolle:" + relationstype + ":" + rolle} and
 *       {@code "indeks-objekttype:" + type}.</li>
 * </ul>
 * They are placeholders: when the real UUIDs are available (Klassifikation, Organisation), they replace these names in
 * this one class. Until then a receiver cannot look them up, but the keys it scopes on (CVR, KLE number, Følsomhed) are
 * carried as plain values beside them.
 */
final class Indeksklassifikation {

    /** The relation roles the ledger delivers, by relation type (vejledning §9.3: the role is part of the relation's key). */
    enum Rolle {
        EJER("Sagsaktoer", "Ejer"),
        ANSVARLIG("Sagsaktoer", "Ansvarlig"),
        PRIMAER_BEHANDLER("Sagsaktoer", "Primær behandler"),
        PRIMAER_PART("Sagspart", "Primær part"),
        PRIMAER_KLASSE("Sagsklasse", "Primær klasse"),
        HANDLINGSKLASSE("Sagsklasse", "Handlingsklasse"),
        AFGOERELSESKLASSE("Sagsklasse", "Afgørelsesklasse"),
        VISNINGSKLASSE("Sagsklasse", "Visningsklasse"),
        MASTER("IT-system", "Master"),
        AFSENDER("IT-system", "Afsender");

        final String relationstype;
        final String navn;
        final UUID uuid;

        Rolle(String relationstype, String navn) {
            this.relationstype = relationstype;
            this.navn = navn;
            this.uuid = UUID.nameUUIDFromBytes(("indeks-rolle:" + relationstype + ":" + navn).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The object types a relation may point to (the anvisning's "Objekttypen"). */
    enum Objekttype {
        ORGANISATION("Organisation"),
        ORGANISATIONSENHED("OrgEnhed"),
        BRUGER("Bruger"),
        PERSON("Person"),
        KLASSE("Klasse"),
        IT_SYSTEM("IT-system");

        final String navn;
        final UUID uuid;

        Objekttype(String navn) {
            this.navn = navn;
            this.uuid = UUID.nameUUIDFromBytes(("indeks-objekttype:" + navn).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The Visningsklasse that hides a sag from the citizen (the anvisning's example: 'Visning undtaget for borger'). */
    static final String VISNING_UNDTAGET_BORGER = "VisningUndtagetBorger";
    static final String VISNING_UNDTAGET_BORGER_TITEL = "Visning undtaget for borger";

    /**
     * Computed names are remembered: MD5 per relation is a noticeable part of rendering a registration. The names are
     * bounded in practice (KLE numbers, units and users of the kommuner served); past the cap they are computed each time.
     */
    private static final int HUSK_HOEJST = 100_000;
    private static final Map<String, UUID> HUSKET = new ConcurrentHashMap<>();

    /** Roles and types by their UUID, for reading a rendered document back; built on first use. */
    private static final class Opslag {
        static final Map<String, Rolle> ROLLE = new HashMap<>();
        static final Map<String, Objekttype> TYPE = new HashMap<>();

        static {
            for (Rolle r : Rolle.values()) {
                ROLLE.put(r.uuid.toString(), r);
            }
            for (Objekttype t : Objekttype.values()) {
                TYPE.put(t.uuid.toString(), t);
            }
        }
    }

    private Indeksklassifikation() {
    }

    static UUID kle(String nummer) {
        return navnebaseret("kle:" + nummer);
    }

    static UUID organisationsenhed(String kommuneCvr, String noegle) {
        return navnebaseret("org-enhed:" + kommuneCvr + ":" + noegle);
    }

    static UUID bruger(String kommuneCvr, String brugerId) {
        return navnebaseret("bruger:" + kommuneCvr + ":" + brugerId);
    }

    static UUID sagsafgoerelse(String noegle) {
        return navnebaseret("sagsafgoerelse:" + noegle);
    }

    static UUID visningsklasse(String noegle) {
        return navnebaseret("visningsklasse:" + noegle);
    }

    static Optional<Rolle> rolle(String uuid) {
        return Optional.ofNullable(uuid == null ? null : Opslag.ROLLE.get(uuid.toLowerCase(Locale.ROOT)));
    }

    static Optional<Objekttype> objekttype(String uuid) {
        return Optional.ofNullable(uuid == null ? null : Opslag.TYPE.get(uuid.toLowerCase(Locale.ROOT)));
    }

    private static UUID navnebaseret(String navn) {
        UUID uuid = HUSKET.get(navn);
        if (uuid == null) {
            uuid = UUID.nameUUIDFromBytes(navn.getBytes(StandardCharsets.UTF_8));
            if (HUSKET.size() < HUSK_HOEJST) {
                HUSKET.put(navn, uuid);
            }
        }
        return uuid;
    }
}
