package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One registration of a bevilling for the Ydelsesindeks' BevillingIndeks, as the ledger delivers it: the complete
 * picture of the bevilling after one work step (brief §1.3). Personal values are not in it: the ydelsesmodtager is the
 * citizen's pseudonymous {@code borgerId}, resolved to a URN only when the registration is rendered.
 *
 * <p>Dates are the index's: from-dates inclusive, to-dates <em>exclusive</em> (vejledning §11), so a ydelse's
 * {@code slutdato} here is the first day without it, and null means it runs on (løbende).
 *
 * @param operation        Importer (first delivery) or Opdater
 * @param bevillingUuid    the Bevilling's UUID: the ledger's BevillingId
 * @param tidspunkt        the work step's time in the ledger (Registrering/Tidspunkt)
 * @param brugerRef        who did it: the ledger's user id
 * @param ejerCvr          Bevillingsaktør Ejer: the kommune's CVR number (8 digits), used by the index for scoping
 * @param ejerNavn         the kommune's name for the Ejer's FuldtNavn, or null when not known
 * @param ansvarligEnhed   Bevillingsaktør Ansvarlig: the responsible organisational unit's key, or null (then none is sent)
 * @param foelsomhed       Følsomhed of the bevilling (scoping; the effektueringer inherit it)
 * @param borgerId         Bevillingspart Ydelsesmodtager: the citizen's pseudonymous id
 * @param sag              Bevillingssag, or null when the bevilling rests on no sag (solution C: the relation is optional)
 * @param masterItSystem   the Master IT-system's UUID
 * @param afsenderItSystem the Afsender IT-system's UUID
 * @param bevilgetDato     the day the bevilling was granted: virkning from for the bevilling and its relations
 * @param ydelser          the bevilgede ydelser (the ledger grants one per bevilling)
 */
public record Bevillingsregistrering(Operation operation, UUID bevillingUuid, Instant tidspunkt, String brugerRef, String ejerCvr,
        String ejerNavn, String ansvarligEnhed, Foelsomhed foelsomhed, UUID borgerId, Bevillingssag sag, UUID masterItSystem,
        UUID afsenderItSystem, LocalDate bevilgetDato, List<BevilgetYdelse> ydelser) implements Ydelsesregistrering {

    public Bevillingsregistrering {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(bevillingUuid, "bevillingUuid");
        Objects.requireNonNull(tidspunkt, "tidspunkt");
        ydelser = List.copyOf(ydelser);
    }

    @Override
    public UUID emne() {
        return bevillingUuid;
    }

    /** The sag the bevilling was granted on: the sag's UUID in the Sags- og Dokumentindeks and its sagsnummer (may be null). */
    public record Bevillingssag(UUID sagUuid, String sagsnummer) {
        public Bevillingssag {
            Objects.requireNonNull(sagUuid, "sagUuid");
        }
    }

    /**
     * One bevilget ydelse.
     *
     * @param id          the ydelse's Id within the bevilling (the indsats code: stable, and what an effektuering's
     *                    BevilgetYdelseRef names)
     * @param navn        the ydelse's name (the indsats' name, e.g. "Personlig pleje"): Navn and Ydelsesnavn
     * @param indsatsKode the indsats code, the Ydelse class's key
     * @param kleEmne     the KLE emne on the ydelse ({@code NN.NN.NN}): its Primær klasse
     * @param kleTitel    the KLE emne's title (Klassetitel), or null
     * @param startdato   the first day of the ydelse (BevilgetYdelseStartdato)
     * @param slutdato    the first day without it (BevilgetYdelseSlutdato, exclusive), or null while it runs on
     * @param plan        the Økonomisk effektueringsplan when the ydelse pays money, else null
     */
    public record BevilgetYdelse(String id, String navn, String indsatsKode, String kleEmne, String kleTitel, LocalDate startdato,
            LocalDate slutdato, Effektueringsplan plan) {
    }

    /**
     * How an economic ydelse is paid: {@code beloebOere} per calendar month from {@code startdato} to {@code slutdato}
     * (exclusive; null = løbende), forud — see {@link Effektueringsbillede} for the months it gives.
     */
    public record Effektueringsplan(LocalDate startdato, LocalDate slutdato, long beloebOere) {
    }
}
