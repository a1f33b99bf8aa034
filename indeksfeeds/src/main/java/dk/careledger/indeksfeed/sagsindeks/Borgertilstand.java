package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.projection.fakta.Faktum;
import dk.careledger.projection.fakta.Fordeling;
import dk.careledger.projection.fakta.Referencer;
import dk.careledger.projection.sag.laesning.SagTilstand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One citizen's facts folded so far, in global order, one fact at a time ({@link #anvend}): the state of each of the
 * citizen's sager, the bevillinger and forløb the citizen was given, and the facts themselves. The Sagsindeks feed
 * replays a citizen step by step with it, because under a case concept other than enkeltsager one index sag groups
 * several of the citizen's sager, bevillinger and forløb (ADR 0014). Pure; not thread-safe.
 */
public final class Borgertilstand {

    /** A bevilling given to the citizen: who registered it, its KLE, and the sag it was given on (null: none). */
    public record Bevilling(UUID id, UUID sagId, String kommune, String kle) {
    }

    /** A forløb started for the citizen. */
    public record Forloeb(UUID id, String kommune, String kle, String type) {
    }

    private final UUID borger;
    private final Referencer refs = new Referencer();
    private final Map<UUID, SagTilstand> sager = new TreeMap<>();
    private final Map<UUID, Bevilling> bevillinger = new LinkedHashMap<>();
    private final Map<UUID, Forloeb> forloeb = new LinkedHashMap<>();
    private final List<Faktum> fakta = new ArrayList<>();

    public Borgertilstand(UUID borger) {
        this.borger = borger;
    }

    /** Folds all facts, in order, from the empty state. */
    public static Borgertilstand af(UUID borger, List<Faktum> fakta) {
        Borgertilstand b = new Borgertilstand(borger);
        fakta.forEach(b::anvend);
        return b;
    }

    /**
     * Folds the next fact and returns the sager it concerns (routed as the sager projection routes it,
     * {@link Fordeling#PR_SAG}): only their enkeltsag pictures can change with it.
     */
    public Set<UUID> anvend(Faktum f) {
        fakta.add(f);
        Set<UUID> noegler = Fordeling.PR_SAG.noegler(f, refs);
        for (UUID sag : noegler) {
            sager.computeIfAbsent(sag, SagTilstand::new).anvend(f);
        }
        if (f instanceof Faktum.BevillingGivet b && borger.equals(b.borgerId())) {
            bevillinger.putIfAbsent(b.emne(), new Bevilling(b.emne(), b.sagId(), b.kommune(), b.kleNummer()));
        } else if (f instanceof Faktum.BevillingSagTilknyttet t) {
            // joined to a sag later (ADR 0022): from now on a member of that sag, no longer one in its own right
            bevillinger.computeIfPresent(t.emne(), (id, b) -> new Bevilling(id, t.sagId(), b.kommune(), b.kle()));
        } else if (f instanceof Faktum.ForloebStartet s && borger.equals(s.borgerId())) {
            forloeb.putIfAbsent(s.emne(), new Forloeb(s.emne(), s.kommune(), s.kleNummer(), s.forloebstypeKode()));
        }
        return noegler;
    }

    public UUID borger() {
        return borger;
    }

    /**
     * The citizen's own sager that exist (SagOprettet seen, the citizen is the primær part), by id. A sag of another
     * citizen that a fact here links to is not the citizen's (ADR 0007), as in the sagsbegreb computation.
     */
    public Map<UUID, SagTilstand> sager() {
        Map<UUID, SagTilstand> ud = new TreeMap<>();
        sager.forEach((id, t) -> {
            if (t.findes() && borger.equals(t.borgerId())) {
                ud.put(id, t);
            }
        });
        return ud;
    }

    /** The bevillinger given to the citizen on none of the citizen's own sager (members in their own right). */
    public List<Bevilling> bevillingerUdenSag(Map<UUID, SagTilstand> egne) {
        return bevillinger.values().stream().filter(b -> b.sagId() == null || !egne.containsKey(b.sagId())).toList();
    }

    public Bevilling bevilling(UUID id) {
        return bevillinger.get(id);
    }

    public Collection<Forloeb> forloeb() {
        return forloeb.values();
    }

    public Forloeb forloeb(UUID id) {
        return forloeb.get(id);
    }

    /** The facts folded so far, in order (a view: it grows with the next fact, so use it before folding on). */
    public List<Faktum> fakta() {
        return Collections.unmodifiableList(fakta);
    }
}
