package dk.careledger.indeksfeed.ydelsesindeks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * One registration for the Fælleskommunalt Ydelsesindeks: either a Bevilling ({@link Bevillingsregistrering}) or one
 * økonomisk effektuering ({@link Effektueringsregistrering}). They are two objects of the index with their own UUIDs
 * and lifecycles (BevillingIndeks and OekonomiskEffektueringIndeks), so each is its own delivery subject ({@link #emne})
 * with its own Importer first and Opdater later.
 *
 * <p>Why not one record holding the bevilling and its effektueringer: an Importer request may only create, and an
 * Opdater request may only change, objects (YdelseIndeksOperationer.xsd), so a work step that changes a bevilling and
 * brings a new month's effektuering would need two requests anyway.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "objekt")
@JsonSubTypes({@JsonSubTypes.Type(value = Bevillingsregistrering.class, name = "BEVILLING"),
        @JsonSubTypes.Type(value = Effektueringsregistrering.class, name = "OEKONOMISK_EFFEKTUERING")})
public sealed interface Ydelsesregistrering permits Bevillingsregistrering, Effektueringsregistrering {

    /** The YdelseIndeks service operations a sender uses (YdelseIndeks.wsdl: {@code importer}, {@code opdater}). */
    enum Operation {
        /** The first delivery of an object: ImporterYdelseIndeksInput, with LivscyklusKode Importeret and BrugerRef. */
        IMPORTER,
        /** A later delivery: OpdaterYdelseIndeksInput with the object's complete current picture and the Tidspunkt. */
        OPDATER
    }

    Operation operation();

    /** The index object's UUID, which is also the delivery subject. */
    UUID emne();

    /** When the work step happened in the ledger (the registration's Tidspunkt). */
    Instant tidspunkt();

    /** Who did it: the ledger's user id ({@code Aktoer.brugerId}). */
    String brugerRef();

    /** The kommune that owns the object (its CVR number): Ejer. */
    String ejerCvr();

    /** The ledger's IT-system UUID (Master), which also names the ledger as actor. */
    UUID masterItSystem();

    /** The citizen, pseudonymous (resolved to the ydelsesmodtager when rendered), or null. */
    UUID borgerId();
}
