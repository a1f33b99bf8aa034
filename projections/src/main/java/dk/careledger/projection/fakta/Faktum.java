package dk.careledger.projection.fakta;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.AfslutningsAarsag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stored fact: the few fields of a relevant event that the sager, sagsbegreb and Sagsindeks read models use, one
 * record per kind of event, so that a sag's (or a citizen's) read model can be recomputed from its facts in global order
 * whenever a new fact arrives. Recomputing from the set of facts, not folding the batch into the previous rows, makes the
 * rows a function of the events alone: live processing (where a gap in the global order can be filled late) and a
 * rebuild from zero give the same rows.
 *
 * <p>Each record keeps exactly the fields a read model reads, named as in the event, with the event's types (ids as
 * UUID). {@link Faktaudtraek} takes them from the events, {@link Faktajson} stores them as JSON under the kind's name
 * ({@link #art}), which is the event's simple name. Samtykker, leveringer, bestillinger, ændringer, opfølgninger (an E3
 * also emits BevillingOphoert) and henvendelser do not change a sag's index fields or fremdrift and have no fact.
 *
 * <p>A new field is a new key in the stored JSON: add it to the record, to {@link Faktajson} and to the golden JSON in
 * the tests, and rebuild the projections that keep facts (their fact tables are working state, rebuilt from events).
 */
public sealed interface Faktum {

    Faktahoved hoved();

    /** The kind of fact: the name of the event it was taken from (stored in the {@code haendelse} column). */
    default String art() {
        return getClass().getSimpleName();
    }

    default long indeks() {
        return hoved().indeks();
    }

    default UUID emne() {
        return hoved().emne();
    }

    default Instant registreret() {
        return hoved().registreret();
    }

    default String kommune() {
        return hoved().kommune();
    }

    default String bruger() {
        return hoved().bruger();
    }

    default Rolle rolle() {
        return hoved().rolle();
    }

    // ---- sag (emne: the sag) ----

    /** {@code ejer} is the owning kommune's CVR; {@code titelChiffertekst} is encrypted under {@code titelEjer}'s key. */
    record SagOprettet(Faktahoved hoved, String sagsnummer, UUID borgerId, String ejer, String ansvarligEnhed, String kleNummer,
            String handlingsfacet, Foelsomhed foelsomhed, UUID titelEjer, String titelChiffertekst, LocalDate opstaaetDato,
            String sagsbehandler) implements Faktum {
    }

    record SagsbehandlerTildelt(Faktahoved hoved, String sagsbehandler, LocalDate fra) implements Faktum {
    }

    record TilstandVurderet(Faktahoved hoved, LocalDate vurderetDato) implements Faktum {
    }

    record OplysningerAnmodet(Faktahoved hoved, LocalDate anmodetDato) implements Faktum {
    }

    record SagSatIBero(Faktahoved hoved, UUID anmodningId, LocalDate iBeroFra) implements Faktum {
    }

    record SagGenoptaget(Faktahoved hoved, LocalDate genoptagetDato) implements Faktum {
    }

    record SagOplyst(Faktahoved hoved, LocalDate oplystDato) implements Faktum {
    }

    record PartshoeringSendt(Faktahoved hoved, LocalDate sendtDato) implements Faktum {
    }

    record PartshoeringBesvaret(Faktahoved hoved, LocalDate besvaretDato) implements Faktum {
    }

    record AfgoerelseTruffet(Faktahoved hoved, UUID afgoerelseId, Afgoerelsestype type, boolean klagevejledningGivet,
            LocalDate truffetDato, LocalDate sendtDato, LocalDate virkningsdato) implements Faktum {
    }

    record KlageModtaget(Faktahoved hoved, UUID klageId, UUID afgoerelseId, LocalDate modtagetDato) implements Faktum {
    }

    record RevisitationStartet(Faktahoved hoved, LocalDate startetDato) implements Faktum {
    }

    record SagAfsluttetUdenAfgoerelse(Faktahoved hoved, AfslutningsAarsag aarsag, LocalDate afsluttetDato) implements Faktum {
    }

    record SagAfsluttet(Faktahoved hoved, LocalDate afsluttetDato) implements Faktum {
    }

    /** The classification from now on (ADR 0022); the one before is in the earlier facts. */
    record SagOmklassificeret(Faktahoved hoved, String ansvarligEnhed, String kleNummer, String handlingsfacet, Foelsomhed foelsomhed,
            UUID titelEjer, String titelChiffertekst) implements Faktum {
    }

    record AfgoerelseSendtDatoRettet(Faktahoved hoved, UUID afgoerelseId, LocalDate sendtDato) implements Faktum {
    }

    record AfgoerelseOmgjort(Faktahoved hoved, UUID afgoerelseId, LocalDate omgjortDato) implements Faktum {
    }

    // ---- bevilling (emne: the bevilling) ----

    /** {@code sagId} and {@code afgoerelseId} are null for a bevilling given without a sag. */
    record BevillingGivet(Faktahoved hoved, UUID borgerId, UUID sagId, UUID afgoerelseId, String indsatsKode, String kleNummer,
            LocalDate bevilgetDato, LocalDate startdato) implements Faktum {
    }

    record BevillingOphoert(Faktahoved hoved, OphoersAarsag aarsag, LocalDate ophoersdato) implements Faktum {
    }

    record BevillingStartdatoRettet(Faktahoved hoved, LocalDate startdato) implements Faktum {
    }

    /** A bevilling given without a sag, joined to one later (ADR 0022); {@code afgoerelseId} may be null. */
    record BevillingSagTilknyttet(Faktahoved hoved, UUID sagId, UUID afgoerelseId) implements Faktum {
    }

    // ---- forløb (emne: the forløb) ----

    record ForloebStartet(Faktahoved hoved, UUID borgerId, String forloebstypeKode, String kleNummer, LocalDate startdato)
            implements Faktum {
    }

    record SagTilknyttetForloeb(Faktahoved hoved, UUID sagId) implements Faktum {
    }

    record BevillingTilknyttetForloeb(Faktahoved hoved, UUID bevillingId) implements Faktum {
    }

    record ForloebAfsluttet(Faktahoved hoved, LocalDate slutdato) implements Faktum {
    }
}
