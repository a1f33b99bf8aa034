package dk.careledger.projection.fakta;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which keys (the read model's unit of recomputation) a fact belongs to, and the references it creates for later
 * facts. A pure rule over a {@link Referencer} table: the projection loads the references a batch needs in one query,
 * routes the batch's facts in order (adding references as creation facts pass), and stores the new references.
 */
public enum Fordeling {

    /**
     * Key = the sag. A sag's own events go to it; a bevilling joins the sag it was given on ({@code BevillingGivet.sagId};
     * a bevilling without a sag is ignored), and its ophør follows; a forløb's end reaches every sag tied to it
     * ({@code SagTilknyttetForloeb}). Forløb starts and bevillinger tied to a forløb do not concern a sag's index.
     */
    PR_SAG {
        @Override
        public Set<UUID> noegler(Fakta f, Referencer refs) {
            switch (f.type()) {
                case "BevillingGivet":
                    if (f.r1() == null) {
                        return Set.of();
                    }
                    refs.tilfoej(f.emne(), f.r1());
                    return Set.of(f.r1());
                case "SagTilknyttetForloeb":
                    refs.tilfoej(f.emne(), f.r1());
                    return Set.of(f.r1());
                case "BevillingOphoert", "ForloebAfsluttet":
                    return refs.af(f.emne());
                case "ForloebStartet", "BevillingTilknyttetForloeb":
                    return Set.of();
                default:
                    return Set.of(f.emne());
            }
        }
    },

    /**
     * Key = the citizen, so that every sag, forløb and bevilling of one citizen is recomputed together (the case-concept
     * variants group them). Creation facts name the citizen; later facts follow their aggregate. The ledger does not
     * check that a bevilling's or forløb's citizen is the sag's primær part (ADR 0007), so a fact linking two
     * aggregates of different citizens goes to both.
     */
    PR_BORGER {
        @Override
        public Set<UUID> noegler(Fakta f, Referencer refs) {
            switch (f.type()) {
                case "SagOprettet", "ForloebStartet": {
                    refs.tilfoej(f.emne(), f.r3());
                    return Set.of(f.r3());
                }
                case "BevillingGivet": {
                    Set<UUID> n = new LinkedHashSet<>();
                    n.add(f.r3());
                    if (f.r1() != null) {
                        n.addAll(refs.af(f.r1()));
                    }
                    n.forEach(b -> refs.tilfoej(f.emne(), b));
                    return n;
                }
                case "SagTilknyttetForloeb", "BevillingTilknyttetForloeb": {
                    Set<UUID> forloeb = new LinkedHashSet<>(refs.af(f.emne()));
                    Set<UUID> andet = new LinkedHashSet<>(refs.af(f.r1()));
                    andet.forEach(b -> refs.tilfoej(f.emne(), b));
                    forloeb.forEach(b -> refs.tilfoej(f.r1(), b));
                    Set<UUID> n = new LinkedHashSet<>(forloeb);
                    n.addAll(andet);
                    return n;
                }
                default:
                    return refs.af(f.emne());
            }
        }
    };

    /** The keys the fact belongs to (possibly none); adds the references it creates to {@code refs}. */
    public abstract Set<UUID> noegler(Fakta f, Referencer refs);

    /** The ids a batch of facts may look up in the reference table. */
    public static Set<UUID> opslag(Iterable<Fakta> fakta) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Fakta f : fakta) {
            ids.add(f.emne());
            if (f.r1() != null) {
                ids.add(f.r1());
            }
        }
        return ids;
    }
}
