package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.felles.Afvisning;

/**
 * A decider refused a command the generator built: the generator tried something the rules forbid, which is a bug
 * in the generator (every generated event must be one the ledger itself would record). Never caught.
 */
public final class GeneratorFejl extends IllegalStateException {

    GeneratorFejl(String aggregat, Object kommando, Object tilstand, Afvisning afvisning) {
        super("The generator built a command the rules refuse: " + afvisning.fejlkode() + " (felt " + afvisning.felt()
                + "): " + afvisning.besked() + "\n  aggregate: " + aggregat + "\n  command:   " + kommando
                + "\n  state:     " + tilstand, afvisning);
    }
}
