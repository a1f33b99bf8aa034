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
        public Set<UUID> noegler(Faktum f, Referencer refs) {
            if (f instanceof Faktum.BevillingGivet b) {
                if (b.sagId() == null) {
                    return Set.of();
                }
                refs.tilfoej(b.emne(), b.sagId());
                return Set.of(b.sagId());
            }
            if (f instanceof Faktum.SagTilknyttetForloeb s) {
                refs.tilfoej(s.emne(), s.sagId());
                return Set.of(s.sagId());
            }
            if (f instanceof Faktum.BevillingSagTilknyttet b) {
                // a bevilling given without a sag joins one later (ADR 0022): its later facts follow it there
                refs.tilfoej(b.emne(), b.sagId());
                return Set.of(b.sagId());
            }
            if (f instanceof Faktum.BevillingOphoert || f instanceof Faktum.BevillingStartdatoRettet || f instanceof Faktum.ForloebAfsluttet) {
                return refs.af(f.emne());
            }
            if (f instanceof Faktum.ForloebStartet || f instanceof Faktum.BevillingTilknyttetForloeb) {
                return Set.of();
            }
            return Set.of(f.emne());
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
        public Set<UUID> noegler(Faktum f, Referencer refs) {
            if (f instanceof Faktum.SagOprettet s) {
                refs.tilfoej(s.emne(), s.borgerId());
                return Set.of(s.borgerId());
            }
            if (f instanceof Faktum.ForloebStartet s) {
                refs.tilfoej(s.emne(), s.borgerId());
                return Set.of(s.borgerId());
            }
            if (f instanceof Faktum.BevillingGivet b) {
                Set<UUID> n = new LinkedHashSet<>();
                n.add(b.borgerId());
                if (b.sagId() != null) {
                    n.addAll(refs.af(b.sagId()));
                }
                n.forEach(borger -> refs.tilfoej(b.emne(), borger));
                return n;
            }
            if (f instanceof Faktum.SagTilknyttetForloeb || f instanceof Faktum.BevillingTilknyttetForloeb
                    || f instanceof Faktum.BevillingSagTilknyttet) {
                UUID tilknyttet = tilknyttet(f);
                Set<UUID> forloeb = new LinkedHashSet<>(refs.af(f.emne()));
                Set<UUID> andet = new LinkedHashSet<>(refs.af(tilknyttet));
                andet.forEach(b -> refs.tilfoej(f.emne(), b));
                forloeb.forEach(b -> refs.tilfoej(tilknyttet, b));
                Set<UUID> n = new LinkedHashSet<>(forloeb);
                n.addAll(andet);
                return n;
            }
            return refs.af(f.emne());
        }
    };

    /** The keys the fact belongs to (possibly none); adds the references it creates to {@code refs}. */
    public abstract Set<UUID> noegler(Faktum f, Referencer refs);

    /** The ids a batch of facts may look up in the reference table: each fact's emne and the aggregate it links to. */
    public static Set<UUID> opslag(Iterable<Faktum> fakta) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Faktum f : fakta) {
            ids.add(f.emne());
            UUID t = tilknyttet(f);
            if (t != null) {
                ids.add(t);
            }
        }
        return ids;
    }

    /** The other aggregate a fact links its emne to (the sag a bevilling is given on, a sag or bevilling tied to a forløb). */
    private static UUID tilknyttet(Faktum f) {
        if (f instanceof Faktum.BevillingGivet b) {
            return b.sagId();
        }
        if (f instanceof Faktum.SagTilknyttetForloeb s) {
            return s.sagId();
        }
        if (f instanceof Faktum.BevillingSagTilknyttet b) {
            return b.sagId();
        }
        if (f instanceof Faktum.BevillingTilknyttetForloeb b) {
            return b.bevillingId();
        }
        return null;
    }
}
