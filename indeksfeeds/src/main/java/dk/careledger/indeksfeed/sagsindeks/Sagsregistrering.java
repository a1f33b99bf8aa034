package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.sag.Fremdrift;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One registration of a sag for the Sags- og Dokumentindeks (SF1470), as the ledger delivers it: the complete picture of
 * the sag after one work step. The first delivery of a sag is an {@link Operation#IMPORTER} carrying its whole
 * fremdrift history (AM-01); every later one is an {@link Operation#OPDATER} with the picture after the step, so a
 * receiver's view of a sag is its latest registration.
 *
 * <p>Personal values are not in this record: the primary party is the citizen's pseudonymous {@code borgerId} and the
 * title is resolved when the registration is rendered ({@link Primaerpart}, {@link Titel}), so a stored registration
 * holds no CPR number and no plaintext title.
 *
 * @param operation         Importer (first delivery), Opdater, or Fjern (the index sag is removed, ADR 0014)
 * @param sagUuid           the index sag's stable UUID: the ledger's SagId, or the variant row's id for a borgersag or a
 *                          forløb sag ({@code VariantSag.id}, ADR 0014)
 * @param tidspunkt         registrering: when the work step happened in the ledger (the events' registreringstid)
 * @param brugerRef         who did it: the ledger's user id of the actor ({@code Aktoer.brugerId})
 * @param sagsnummer        BrugervendtNoegle (for a borgersag or forløb sag a key made from its UUID, see {@link Indekssager})
 * @param titel             the title, see {@link Titel}
 * @param kleEmne           Primær klasse: the KLE emne number, e.g. {@code 27.24.04}
 * @param handlingsfacet    Handlingsklasse: the KLE handlingsfacet code, e.g. {@code G01}
 * @param foelsomhed        Følsomhed
 * @param ejerCvr           Ejer: the kommune's CVR number (8 digits)
 * @param ansvarligEnhed    Ansvarlig: the responsible organisational unit's key as registered on the sag (never the kommune)
 * @param primaerBehandler  Primær behandler: the caseworker's user id, or null when none is assigned
 * @param primaerBehandlerFra from when the primary caseworker holds the sag (virkning of that relation), or null
 * @param borgerId          Primær part: the citizen's pseudonymous id, resolved to a URN when rendered
 * @param masterItSystem    the Master IT-system's UUID (Fælleskommunalt Administrationsmodul)
 * @param afsenderItSystem  the Afsender IT-system's UUID
 * @param afgoerelsesklasse the Afgørelsesklasse (level-2 class of Indekser/Sagsafgørelse) on an Afgjort or Afsluttet sag,
 *                          else null
 * @param sagsstatus        the local sub-state (Sagsstatus in the index's egenskaber)
 * @param skjultForBorger   true when the sag carries a Visningsklasse excluding it from the citizen's view
 * @param opstaaetDato      the sag's business start (virkning of the sag and its relations)
 * @param oprettetTidspunkt when the sag was created in the ledger (OprettetTidspunkt)
 * @param tilstande         the fremdrift history under the kommune's closing policy: contiguous periods, first Opstaaet
 * @param medtaget          which of the index's three lists an Opdater renders ({@link Medtaget}); an Importer renders all
 */
public record Sagsregistrering(Operation operation, UUID sagUuid, Instant tidspunkt, String brugerRef, String sagsnummer, Titel titel,
        String kleEmne, String handlingsfacet, Foelsomhed foelsomhed, String ejerCvr, String ansvarligEnhed, String primaerBehandler,
        LocalDate primaerBehandlerFra, UUID borgerId, UUID masterItSystem, UUID afsenderItSystem, String afgoerelsesklasse,
        String sagsstatus, boolean skjultForBorger, LocalDate opstaaetDato, Instant oprettetTidspunkt, List<Tilstandsperiode> tilstande,
        Medtaget medtaget) {

    public Sagsregistrering {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(sagUuid, "sagUuid");
        Objects.requireNonNull(tidspunkt, "tidspunkt");
        tilstande = List.copyOf(tilstande);
        medtaget = operation == Operation.IMPORTER || medtaget == null ? Medtaget.ALT : medtaget;
    }

    /** A registration that renders every list (an Importer, or an Opdater that changes everything). */
    public Sagsregistrering(Operation operation, UUID sagUuid, Instant tidspunkt, String brugerRef, String sagsnummer, Titel titel,
            String kleEmne, String handlingsfacet, Foelsomhed foelsomhed, String ejerCvr, String ansvarligEnhed, String primaerBehandler,
            LocalDate primaerBehandlerFra, UUID borgerId, UUID masterItSystem, UUID afsenderItSystem, String afgoerelsesklasse,
            String sagsstatus, boolean skjultForBorger, LocalDate opstaaetDato, Instant oprettetTidspunkt, List<Tilstandsperiode> tilstande) {
        this(operation, sagUuid, tidspunkt, brugerRef, sagsnummer, titel, kleEmne, handlingsfacet, foelsomhed, ejerCvr, ansvarligEnhed,
                primaerBehandler, primaerBehandlerFra, borgerId, masterItSystem, afsenderItSystem, afgoerelsesklasse, sagsstatus,
                skjultForBorger, opstaaetDato, oprettetTidspunkt, tilstande, Medtaget.ALT);
    }

    /**
     * Which lists an Opdater carries: only those the work step changed. The anvisning (change log v1.3): the egenskaber
     * "skal ikke angives ved opdateringer hvor Sagsegenskaber ikke samtidig opdateres"; and every Virkning sent names its
     * AktoerRef as the one who added or changed the data ([OB5]), so resending an unchanged list would claim this step's
     * user changed it. The record itself always holds the complete picture (a receiver's view is the latest picture).
     *
     * @param egenskaber AttributListe: sagsnummer, title, sagsstatus, følsomhed, oprettet
     * @param tilstande  TilstandListe: the fremdrift history
     * @param relationer RelationListe: every relation (parties, actors, classes, IT-systems)
     */
    public record Medtaget(boolean egenskaber, boolean tilstande, boolean relationer) {
        public static final Medtaget ALT = new Medtaget(true, true, true);
    }

    public enum Operation {
        /** The first delivery of a sag: SagDokumentIndeks Importer, with the whole fremdrift history (AM-01). */
        IMPORTER,
        /** A later change: SagDokumentIndeks Opdater. */
        OPDATER,
        /**
         * The index sag no longer exists under the case concept in force (a regrouping, ADR 0014): SagDokumentIndeks Fjern
         * with the sag's UUID. The record keeps the picture last delivered, so the log says what was removed; only the UUID
         * is rendered. A later Importer may bring the same UUID back.
         */
        FJERN
    }

    /**
     * The sag's title. {@code kleTitel} is the KLE emne's title (public, from the catalogue). The sag's own title is
     * personal data kept encrypted under the citizen's key: {@code ejer} + {@code chiffertekst} ({@code KrypteretTekst}),
     * decrypted when rendered. {@code undtaget} = the sag is exempt from public display (følsomme personoplysninger or
     * VIP): then the index's Titel carries the KLE title and the sag's own title goes in the non-public title.
     */
    public record Titel(String kleTitel, UUID ejer, String chiffertekst, boolean undtaget) {
    }

    /** One fremdrift period: virkning from {@code fra} (inclusive) to {@code til} (exclusive; null = open). */
    public record Tilstandsperiode(Fremdrift fremdrift, LocalDate fra, LocalDate til, String aktoerBruger) {
    }
}
