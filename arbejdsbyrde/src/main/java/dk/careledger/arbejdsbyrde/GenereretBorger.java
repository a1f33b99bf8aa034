package dk.careledger.arbejdsbyrde;

import dk.careledger.commandside.borger.Identtype;
import dk.careledger.domain.felles.BorgerId;
import java.util.Objects;

/**
 * A citizen of a generated history, as the citizen register must know them before the events are written (their
 * data key encrypts the events' free text). {@code identifikator} is a CPR number (ten digits), an
 * erstatningspersonnummer (six digits and four letters or digits) or null for an anonymous citizen, who also has
 * no name. The identifiers are synthetic: valid in form, unique within the history, belonging to nobody.
 */
public record GenereretBorger(BorgerId borgerId, Identtype identtype, String identifikator, String navn, Kommune kommune) {
    public GenereretBorger {
        Objects.requireNonNull(borgerId, "borgerId");
        Objects.requireNonNull(identtype, "identtype");
        Objects.requireNonNull(kommune, "kommune");
    }
}
