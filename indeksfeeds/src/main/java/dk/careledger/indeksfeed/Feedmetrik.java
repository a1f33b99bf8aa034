package dk.careledger.indeksfeed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The feeds' counters: {@code ledger.feed.leverancer} (deliveries produced, by feed and aarsag) and
 * {@code ledger.feed.valideringsfejl} (registrations blocked by a failed check, by feed — must stay zero). The lag
 * gauges live with the engine's status ({@code FeedEfterslaeb}).
 */
@Component
public class Feedmetrik {
    private final MeterRegistry registry;

    public Feedmetrik(MeterRegistry registry) {
        this.registry = registry;
    }

    public void leveret(Feed feed, Leveranceaarsag aarsag, int antal) {
        if (antal > 0) {
            Counter.builder("ledger.feed.leverancer").description("Leverancer produceret til indeksfeeds").tag("feed", feed.name())
                    .tag("aarsag", aarsag.name()).register(registry).increment(antal);
        }
    }

    public void blokeret(Feed feed) {
        Counter.builder("ledger.feed.valideringsfejl").description("Registreringer blokeret af skema- eller anvisningskontrol")
                .tag("feed", feed.name()).register(registry).increment();
    }
}
