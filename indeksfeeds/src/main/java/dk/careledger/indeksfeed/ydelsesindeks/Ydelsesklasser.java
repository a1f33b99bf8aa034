package dk.careledger.indeksfeed.ydelsesindeks;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The UUIDs the Ydelsesindeks wants for relation roles and object types (Fælleskommunalt Klassifikationssystem), and the
 * ledger's name-based stand-ins for the objects it has no KOMBIT UUID for.
 *
 * <p><b>Roles and types</b> are the values KOMBIT's own Ydelsesindeks sample client ships as "NOT to be modified"
 * ({@code kombit/kosdy_infrastructureSamplesYdelse-java}, {@code src/main/resources/client.properties}, commit
 * 08868a0d): every relation must name its role and type by UUID (vejledning §9.3), and these are the only published
 * ones we have. They should be checked against Klassifikation before go-live; they live here so that is one edit.
 *
 * <p><b>Objects</b> (a KLE emne, an indsats as Ydelse class, an organisational unit, a user) have UUIDs in KOMBIT's
 * Klassifikation and Organisation that we cannot look up offline. Until a kommune's integration supplies them, the
 * ledger sends a deterministic name-based UUID ({@link UUID#nameUUIDFromBytes}) of a readable key, the same in every
 * feed, and always with the BrugervendtNoegle beside it, so receivers that cannot resolve the UUID still have the key.
 */
public final class Ydelsesklasser {

    /** Bevillingsaktør, rolle Ejer. */
    public static final UUID ROLLE_EJER = UUID.fromString("abdf4d3e-f113-4282-b13e-6cd32a82621c");
    /** Bevillingsaktør Ejer, type Organisation. */
    public static final UUID TYPE_ORGANISATION = UUID.fromString("45b7dafb-d90e-41da-b30e-ba007e577a8a");
    /** Bevillingsaktør, rolle Ansvarlig. */
    public static final UUID ROLLE_ANSVARLIG = UUID.fromString("fbe1016a-170a-4dea-8652-2813c1a566c0");
    /** Bevillingsaktør Ansvarlig, type OrgEnhed. */
    public static final UUID TYPE_ORGENHED = UUID.fromString("4546cca2-838e-4e0d-a5bd-83757d603362");
    /** Bevillingspart, rolle Ydelsesmodtager. */
    public static final UUID ROLLE_YDELSESMODTAGER = UUID.fromString("93af57a7-7658-4fac-98da-9e5ac7a7d9a5");
    /** Bevillingspart Ydelsesmodtager, type Person. */
    public static final UUID TYPE_PERSON = UUID.fromString("c59f1523-1786-48c7-baff-466de1db3320");
    /** The BevilgetYdelse's Ydelse relation: rolle (the sample's "Primaer klasse" of the Ydelse). */
    public static final UUID ROLLE_YDELSE = UUID.fromString("6ebd938f-0bbf-4142-a65c-fefe15e9f192");
    /** The Ydelse relation's type Klasse. */
    public static final UUID TYPE_YDELSE = UUID.fromString("3aa45cbd-94c3-4601-84a6-66ce0f157dda");
    /** The Ydelse's Klassifikation: rolle Primær klasse (the KLE emne the bevilling is scoped by, vejledning §12.3). */
    public static final UUID ROLLE_PRIMAER_KLASSE = UUID.fromString("ea909030-c5fa-4544-9b22-a0010d08ebe1");
    /** The Klassifikation's type Klasse. */
    public static final UUID TYPE_KLASSE = UUID.fromString("7c51b9a8-d388-4e83-8c8b-ee3a90458d0b");
    /** Bevillingssag, rolle Tilknyttet. */
    public static final UUID ROLLE_BEVILLINGSSAG = UUID.fromString("31237487-787a-424f-8819-56aaedf00643");
    /** Bevillingssag, type Sag. */
    public static final UUID TYPE_SAG = UUID.fromString("f08a4a13-2567-41d0-bf8d-3af754b03464");
    /** IT-system relation, rolle Master. */
    public static final UUID ROLLE_MASTER = UUID.fromString("251c24fd-57b0-4afc-9d73-b063d1957eb3");
    /** IT-system relation, rolle Afsender. */
    public static final UUID ROLLE_AFSENDER = UUID.fromString("1b3c6a6d-e977-4491-9bf8-b41ee6999f39");
    /** IT-system relation, type IT-system. */
    public static final UUID TYPE_IT_SYSTEM = UUID.fromString("29fe1da2-897a-46cd-b635-b9be8e0bffd6");
    /** Økonomisk effektuering: the ØkonomiskYdelseEffektuering relation's rolle. */
    public static final UUID ROLLE_YDELSESEFFEKTUERING = UUID.fromString("ccc9d91b-9a4c-4ada-9be4-795ca068e89d");
    /** Økonomisk effektuering: the ØkonomiskYdelseEffektuering relation's type. */
    public static final UUID TYPE_YDELSESEFFEKTUERING = UUID.fromString("4fd9d6c1-2939-4bfe-b803-ab0b3904bd2f");
    /** Økonomisk effektuering: Aktør rolle Ejer. */
    public static final UUID ROLLE_EFFEKTUERING_EJER = UUID.fromString("a91824c4-da1d-47f9-bce2-5d6597879415");
    /** Økonomisk effektuering: Aktør Ejer, type. */
    public static final UUID TYPE_EFFEKTUERING_EJER = UUID.fromString("c622654c-d87f-4ac7-9a42-d0580253b979");
    /** Økonomisk effektuering: part, rolle (Ydelsesmodtager). */
    public static final UUID ROLLE_EFFEKTUERINGSMODTAGER = UUID.fromString("68d4b903-acae-4f2f-aafc-45bd999ed81f");
    /** Økonomisk effektuering: part, type Person. */
    public static final UUID TYPE_EFFEKTUERINGSMODTAGER = UUID.fromString("480769fd-9744-4859-950f-95cbb5633d36");

    /**
     * Beregningsfrekvens of an Økonomisk effektueringsplan. The schema has a string, the vejledning (§6.1.2) says such
     * value lists are Klassifikation classes given by UUID. This is the value KOMBIT's sample sends for a monthly
     * Folkepension; we <em>assume</em> it is the class "månedlig" — to be verified in Klassifikation.
     */
    public static final String BEREGNINGSFREKVENS_MAANEDLIG = "7772f4e3-b06d-4ef8-b599-9134cf3fdee4";

    private Ydelsesklasser() {
    }

    /** The stand-in UUID of a KLE emne ({@code kle:27.36.04}). */
    public static UUID kle(String emne) {
        return navnebaseret("kle:" + emne);
    }

    /** The stand-in UUID of an indsats as the Ydelse class of the index ({@code indsats:SEL-83-PP}). */
    public static UUID indsats(String kode) {
        return navnebaseret("indsats:" + kode);
    }

    /** The stand-in UUID of a kommune's organisational unit ({@code org-enhed:<cvr>:<key>}). */
    public static UUID orgEnhed(String kommune, String noegle) {
        return navnebaseret("org-enhed:" + kommune + ":" + noegle);
    }

    /** The stand-in UUID of a kommune's user ({@code bruger:<cvr>:<user id>}). */
    public static UUID bruger(String kommune, String brugerId) {
        return navnebaseret("bruger:" + kommune + ":" + brugerId);
    }

    private static UUID navnebaseret(String noegle) {
        return UUID.nameUUIDFromBytes(noegle.getBytes(StandardCharsets.UTF_8));
    }
}
