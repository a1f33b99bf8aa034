package dk.careledger.indeksfeed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gate every registration passes before it is appended (ADR 0013): checked by the feed's {@link Kontrol}; a failure
 * is logged with the subject's id, stored in {@code leverance_blokeret} and counted ({@code ledger.feed.valideringsfejl})
 * — once per step, so a replay neither logs nor counts it again — and the registration is not sent.
 */
@Component
public class Leverancekontrol {
    private static final Logger LOG = LoggerFactory.getLogger(Leverancekontrol.class);

    private final Leverancelog log;
    private final Feedmetrik metrik;

    public Leverancekontrol(Leverancelog log, Feedmetrik metrik) {
        this.log = log;
        this.metrik = metrik;
    }

    /** True when the registration may be delivered. */
    public <T> boolean godkendt(Feed feed, Kontrol<T> kontrol, T registrering, UUID emne, long globaltIndeks, Instant tidspunkt) {
        List<String> fejl = kontrol.fejl(registrering);
        if (fejl.isEmpty()) {
            return true;
        }
        if (log.bloker(feed, emne, globaltIndeks, tidspunkt, String.join("\n", fejl))) {
            LOG.error("{}-registrering af {} (trin til globalt indeks {}) blokeret, sendes ikke: {}", feed, emne, globaltIndeks, fejl);
            metrik.blokeret(feed);
        }
        return false;
    }
}
