package dk.careledger.commandside.bevilling;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.RegistrerIkkeLeveret;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.bevilling.command.RegistrerUplanlagtLevering;
import dk.careledger.domain.felles.BevillingId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The registrations of one bulk request that concern one bevilling (issue 18: leveringer in bulk), handled by the
 * bevilling's shell in one unit of work and one transaction: each is still decided by {@code BevillingDecider} on its
 * own and stored as its own event; one refused registration does not refuse the others.
 */
public record Leveranceparti(BevillingId bevillingId, List<Post> poster) {
    public Leveranceparti {
        Objects.requireNonNull(bevillingId, "bevillingId");
        poster = List.copyOf(poster);
    }

    /**
     * One registration and its place {@code nr} in the request. Exactly one of the three is set: a levering, an
     * ikke-leveret or an uplanlagt levering (concrete types, so the command travels between nodes as plain JSON).
     */
    public record Post(int nr, RegistrerLevering levering, RegistrerIkkeLeveret ikkeLeveret, RegistrerUplanlagtLevering uplanlagt) {
        public Post {
            if (Stream.of(levering, ikkeLeveret, uplanlagt).filter(Objects::nonNull).count() != 1) {
                throw new IllegalArgumentException("a post carries exactly one registration");
            }
        }

        public static Post af(int nr, BevillingCommand kommando) {
            if (kommando instanceof RegistrerLevering l) {
                return new Post(nr, l, null, null);
            }
            if (kommando instanceof RegistrerIkkeLeveret i) {
                return new Post(nr, null, i, null);
            }
            if (kommando instanceof RegistrerUplanlagtLevering u) {
                return new Post(nr, null, null, u);
            }
            throw new IllegalArgumentException("not a levering: " + kommando.getClass().getSimpleName());
        }

        public BevillingCommand kommando() {
            return levering != null ? levering : ikkeLeveret != null ? ikkeLeveret : uplanlagt;
        }
    }
}
