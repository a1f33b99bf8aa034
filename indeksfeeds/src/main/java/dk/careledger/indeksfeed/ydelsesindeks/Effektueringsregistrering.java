package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One økonomisk effektuering for the Ydelsesindeks' OekonomiskEffektueringIndeks: what one calendar month of an economic
 * bevilling amounts to (see {@link Effektueringsbillede} for the periodisation and why these are entitlements, not
 * payments). Dates as in the index: {@code startdato} inclusive, {@code slutdato} exclusive.
 *
 * @param operation         Importer (first delivery of the month) or Opdater (the month's amount or period changed)
 * @param effektueringUuid  the effektuering's UUID, name-based on the bevilling and the month
 * @param tidspunkt         the work step's time in the ledger
 * @param brugerRef         who did it: the ledger's user id
 * @param bevillingUuid     BevilgetYdelseRef: the bevilling's UUID
 * @param bevilgetYdelseId  BevilgetYdelseRef: the bevilget ydelse's Id
 * @param ejerCvr           Aktør Ejer: the kommune's CVR number
 * @param ejerNavn          the kommune's name, or null
 * @param borgerId          the part (ydelsesmodtager), resolved when rendered
 * @param masterItSystem    the Master IT-system's UUID
 * @param afsenderItSystem  the Afsender IT-system's UUID
 * @param indsatsKode       the ydelse's indsats code (the ØkonomiskYdelseEffektuering's ReferenceID, as on the bevilling)
 * @param kleEmne           Klassifikationsbeskrivelse: the KLE emne, used by the index for scoping (vejledning §12.4)
 * @param periode           the calendar month, {@code YYYY-MM} (part of BrugervendtNoegle)
 * @param startdato         the first day the month's amount covers
 * @param slutdato          the first day it no longer covers (exclusive)
 * @param beloebOere        the month's amount in øre (SamletBruttobeloeb and Ydelsesbeloeb)
 * @param dispositionsdato  the day the amount falls due (forud: the first covered day)
 * @param bevillingFra      the bevilget ydelse's first day — not delivered, the effektuering is checked against it
 * @param bevillingTil      the bevilget ydelse's exclusive end, or null while it runs on — checked against, not delivered
 */
public record Effektueringsregistrering(Operation operation, UUID effektueringUuid, Instant tidspunkt, String brugerRef, UUID bevillingUuid,
        String bevilgetYdelseId, String ejerCvr, String ejerNavn, UUID borgerId, UUID masterItSystem, UUID afsenderItSystem,
        String indsatsKode, String kleEmne, String periode, LocalDate startdato, LocalDate slutdato, long beloebOere,
        LocalDate dispositionsdato, LocalDate bevillingFra, LocalDate bevillingTil) implements Ydelsesregistrering {

    public Effektueringsregistrering {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(effektueringUuid, "effektueringUuid");
        Objects.requireNonNull(tidspunkt, "tidspunkt");
    }

    @Override
    public UUID emne() {
        return effektueringUuid;
    }
}
