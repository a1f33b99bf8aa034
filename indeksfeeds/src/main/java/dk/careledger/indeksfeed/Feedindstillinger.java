package dk.careledger.indeksfeed;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The IT-system UUIDs every delivered sag names as its Master and Afsender (the anvisning: both are obligatory and are
 * the UUIDs the IT-system instance is registered under in Fælleskommunalt Administrationsmodul). A kommune sets them
 * with {@code ledger.feed.master-it-system} and {@code ledger.feed.afsender-it-system}; the defaults are fixed
 * placeholders for development, never valid against the real index.
 */
@Component
public class Feedindstillinger {
    private final UUID masterItSystem;
    private final UUID afsenderItSystem;

    public Feedindstillinger(@Value("${ledger.feed.master-it-system:6f1b7d1e-0000-4000-8000-00000000ca7e}") UUID masterItSystem,
            @Value("${ledger.feed.afsender-it-system:6f1b7d1e-0000-4000-8000-00000000ca7e}") UUID afsenderItSystem) {
        this.masterItSystem = masterItSystem;
        this.afsenderItSystem = afsenderItSystem;
    }

    public UUID masterItSystem() {
        return masterItSystem;
    }

    public UUID afsenderItSystem() {
        return afsenderItSystem;
    }
}
