package dk.careledger.app.feed;

import dk.careledger.commandside.borger.Borger;
import dk.careledger.commandside.borger.BorgerGlemt;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.Personident;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * The feeds' look-up of a citizen's identifier, on the citizen register. A feed page renders up to 1,000 deliveries,
 * most of them about a few citizens, so answers are kept in memory for a short while ({@link #LEVETID}). Forgetting a
 * citizen ({@link BorgerGlemt}) removes the answer at once, so no rendering after it names the citizen.
 */
@Component
public class BorgerregisterIdentitetsopslag implements Identitetsopslag {
    static final Duration LEVETID = Duration.ofSeconds(30);
    private static final int MAKS = 20_000;

    private record Svar(Optional<Personident> ident, Instant hentet) {
    }

    private final BorgerRegister register;
    private final Clock clock;
    private final Map<UUID, Svar> husket = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Svar> eldste) {
            return size() > MAKS;
        }
    };

    public BorgerregisterIdentitetsopslag(BorgerRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public Optional<Personident> opslaa(UUID borgerId) {
        Instant nu = clock.instant();
        synchronized (husket) {
            Svar s = husket.get(borgerId);
            if (s != null && s.hentet().plus(LEVETID).isAfter(nu)) {
                return s.ident();
            }
        }
        Optional<Personident> ident = register.hent(borgerId).filter(b -> b.glemt() == null).map(BorgerregisterIdentitetsopslag::ident);
        synchronized (husket) {
            husket.put(borgerId, new Svar(ident, nu));
        }
        return ident;
    }

    /** A forgotten citizen's identifier and name leave memory once the forgetting is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    public void glemt(BorgerGlemt glemt) {
        synchronized (husket) {
            husket.remove(glemt.borgerId());
        }
    }

    private static Personident ident(Borger b) {
        return switch (b.identtype()) {
            case CPR -> new Personident(Personident.Identtype.CPR, b.identifikator(), b.navn());
            case ERSTATNINGS_CPR -> new Personident(Personident.Identtype.ERSTATNINGS_CPR, b.identifikator(), b.navn());
            case ANONYM -> new Personident(Personident.Identtype.ANONYM, null, b.navn());
        };
    }
}
