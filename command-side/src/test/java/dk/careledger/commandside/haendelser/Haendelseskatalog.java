package dk.careledger.commandside.haendelser;

import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.sag.event.SagEvent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every event type of the ledger, found through the sealed interfaces (so a new event cannot be forgotten). */
final class Haendelseskatalog {
    static final List<Class<?>> AGGREGATHAENDELSER = List.of(HenvendelseEvent.class, SagEvent.class, BevillingEvent.class, ForloebEvent.class,
            KommuneindstillingEvent.class);

    private Haendelseskatalog() {
    }

    static List<Class<?>> alle() {
        return AGGREGATHAENDELSER.stream()
                .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses()))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    static Stream<Class<?>> stroem() {
        return alle().stream();
    }
}
