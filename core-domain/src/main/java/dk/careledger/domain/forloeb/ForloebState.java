package dk.careledger.domain.forloeb;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the {@link ForloebDecider} needs to know about one forløb, folded from its events.
 *
 * @param findes           whether the forløb has been started
 * @param borgerId         the citizen (the key owner for its free text); null before start
 * @param forloebstypeKode the catalogue type; null before start
 * @param startdato        first day; null before start
 * @param sager            the sager linked to it
 * @param bevillinger      the bevillinger linked to it
 * @param slutdato         last day once ended; null while running
 */
public record ForloebState(boolean findes, BorgerId borgerId, String forloebstypeKode, LocalDate startdato,
        Set<SagId> sager, Set<BevillingId> bevillinger, LocalDate slutdato) {

    public ForloebState {
        sager = Set.copyOf(Objects.requireNonNull(sager, "sager"));
        bevillinger = Set.copyOf(Objects.requireNonNull(bevillinger, "bevillinger"));
    }

    /** Before the first event: the forløb does not exist. */
    public static ForloebState initial() {
        return new ForloebState(false, null, null, null, Set.of(), Set.of(), null);
    }

    /** Whether the forløb has ended; an ended forløb accepts no further commands. */
    public boolean afsluttet() {
        return slutdato != null;
    }
}
