package dk.careledger.commandside.sag;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.command.TilknytBevillingTilSag;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A bevilling granted on a sag is recorded on the sag's stream in the bevilling's own unit of work and database
 * transaction (ADR 0020): the sag aggregate is loaded through its repository and decides {@link TilknytBevillingTilSag}.
 * So the sag knows its bevillinger when it is closed, and a bevilling and the sag's closure cannot pass each other: both
 * append to the sag's stream, and Axon's lock (one node) or the store's unique key (several nodes) puts one first. A
 * bevilling on a closed sag is refused (422 {@code SAG_AFSLUTTET} on {@code sagId}) and nothing is written. A bevilling
 * granted without a sag and joined to one later ({@code BevillingSagTilknyttet}, ADR 0022) takes the same way.
 */
@Component
public class Bevillingstilknytning {
    private final Repository<SagAggregate> sager;

    public Bevillingstilknytning(@Lazy @Qualifier("sagAggregateRepository") Repository<SagAggregate> sager) {
        this.sager = sager;
    }

    /** Records the bevilling on the sag it was granted on, or joined to later (ADR 0022); nothing without a sag. */
    public void tilknyt(SagId sagId, BevillingId bevillingId, Kontekst kontekst) {
        if (sagId == null) {
            return;
        }
        TilknytBevillingTilSag tilknyt = new TilknytBevillingTilSag(sagId, bevillingId);
        try {
            sager.load(sagId.toString()).execute(sag -> sag.tilknytBevilling(tilknyt, kontekst));
        } catch (Afvisning afvisning) {
            throw new Afvisning(afvisning.art(), afvisning.fejlkode(), "sagId", afvisning.besked());
        }
    }
}
