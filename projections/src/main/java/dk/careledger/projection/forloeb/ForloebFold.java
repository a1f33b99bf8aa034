package dk.careledger.projection.forloeb;

import dk.careledger.domain.forloeb.event.BevillingTilknyttetForloeb;
import dk.careledger.domain.forloeb.event.ForloebAfsluttet;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.sag.event.TilstandVurderet;
import dk.careledger.projection.motor.Haendelse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The forløb projection's fold, free of JDBC: the rows a batch touches (loaded by {@link ForloebProjektion}, or
 * empty in a unit test), the events applied to them in order, and what changed.
 *
 * <p>Tilstande reach a forløb through its sager. Every sag's latest assessment per FSIII code is kept whether or not
 * the sag is on a forløb yet, so that when a sag is attached later its earlier assessments flow into the forløb;
 * and an assessment on a sag flows into every forløb the sag is attached to. In both directions the later
 * assessment wins ({@link Vurdering#senereEnd}), so the result does not depend on which came first.
 */
public final class ForloebFold {

    /** A forløb's tilstand: the latest assessment of one FSIII code across the forløb's sager. */
    public record ForloebTilstand(UUID forloebId, Vurdering vurdering) {
    }

    /** A sag or bevilling attached to a forløb, with the link event's place in the log and its record time. */
    public record Tilknytning(UUID forloebId, UUID id, long indeks, Instant registreret) {
    }

    private final Map<UUID, ForloebRaekke> forloeb = new LinkedHashMap<>();
    private final Set<UUID> aendredeForloeb = new LinkedHashSet<>();
    private final Map<UUID, Set<UUID>> forloebPrSag = new LinkedHashMap<>();
    private final List<Tilknytning> nyeSager = new ArrayList<>();
    private final List<Tilknytning> nyeBevillinger = new ArrayList<>();
    private final Map<UUID, Map<String, Vurdering>> sagstilstande = new LinkedHashMap<>();
    private final Set<Vurdering> aendredeSagstilstande = new LinkedHashSet<>();
    private final Map<UUID, Map<String, Vurdering>> forloebstilstande = new LinkedHashMap<>();
    private final Map<UUID, Set<String>> aendredeForloebstilstande = new LinkedHashMap<>();

    /** A fold over nothing stored yet: for unit tests and the first batch. */
    public static ForloebFold tom() {
        return new ForloebFold(List.of(), Map.of(), List.of(), List.of());
    }

    /**
     * A fold over stored rows: the forløb rows, the sag→forløb mapping and the per-sag and per-forløb tilstande of
     * the keys the batch touches.
     */
    public ForloebFold(Collection<ForloebRaekke> forloeb, Map<UUID, Set<UUID>> forloebPrSag, Collection<Vurdering> sagstilstande,
            Collection<ForloebTilstand> forloebstilstande) {
        for (ForloebRaekke r : forloeb) {
            this.forloeb.put(r.forloebId(), r);
        }
        forloebPrSag.forEach((sag, fs) -> this.forloebPrSag.put(sag, new LinkedHashSet<>(fs)));
        for (Vurdering v : sagstilstande) {
            this.sagstilstande.computeIfAbsent(v.sagId(), k -> new TreeMap<>()).put(v.fsiiiKode(), v);
        }
        for (ForloebTilstand t : forloebstilstande) {
            this.forloebstilstande.computeIfAbsent(t.forloebId(), k -> new TreeMap<>()).put(t.vurdering().fsiiiKode(), t.vurdering());
        }
    }

    /** Applies one event; events of other types are ignored. */
    public void anvend(Haendelse h) {
        Object e = h.haendelse();
        if (e instanceof ForloebStartet s) {
            if (!forloeb.containsKey(s.forloebId().value())) {
                gem(ForloebRaekke.startet(s));
            }
        } else if (e instanceof SagTilknyttetForloeb t) {
            tilknytSag(t.forloebId().value(), t.sagId().value(), h.globalIndeks(), t.registrering().registreringstid());
        } else if (e instanceof BevillingTilknyttetForloeb t) {
            nyeBevillinger.add(new Tilknytning(t.forloebId().value(), t.bevillingId().value(), h.globalIndeks(),
                    t.registrering().registreringstid()));
            opdater(t.forloebId().value(), t.registrering().registreringstid());
        } else if (e instanceof ForloebAfsluttet a) {
            ForloebRaekke r = forloeb.get(a.forloebId().value());
            if (r != null) {
                gem(r.afsluttet(a));
            }
        } else if (e instanceof TilstandVurderet t) {
            vurder(Vurdering.af(t, h.globalIndeks()));
        }
    }

    private void tilknytSag(UUID forloebId, UUID sagId, long indeks, Instant registreret) {
        if (!forloebPrSag.computeIfAbsent(sagId, k -> new LinkedHashSet<>()).add(forloebId)) {
            return;
        }
        nyeSager.add(new Tilknytning(forloebId, sagId, indeks, registreret));
        opdater(forloebId, registreret);
        for (Vurdering v : sagstilstande.getOrDefault(sagId, Map.of()).values()) {
            flet(forloebId, v);
        }
    }

    private void vurder(Vurdering v) {
        Map<String, Vurdering> sagens = sagstilstande.computeIfAbsent(v.sagId(), k -> new TreeMap<>());
        if (!v.senereEnd(sagens.get(v.fsiiiKode()))) {
            return;
        }
        Vurdering tidligere = sagens.put(v.fsiiiKode(), v);
        if (tidligere != null) {
            aendredeSagstilstande.remove(tidligere);
        }
        aendredeSagstilstande.add(v);
        for (UUID forloebId : forloebPrSag.getOrDefault(v.sagId(), Set.of())) {
            flet(forloebId, v);
        }
    }

    private void flet(UUID forloebId, Vurdering v) {
        Map<String, Vurdering> forloebets = forloebstilstande.computeIfAbsent(forloebId, k -> new TreeMap<>());
        if (v.senereEnd(forloebets.get(v.fsiiiKode()))) {
            forloebets.put(v.fsiiiKode(), v);
            aendredeForloebstilstande.computeIfAbsent(forloebId, k -> new LinkedHashSet<>()).add(v.fsiiiKode());
        }
    }

    private void opdater(UUID forloebId, Instant tidspunkt) {
        ForloebRaekke r = forloeb.get(forloebId);
        if (r != null) {
            gem(r.opdateret(tidspunkt));
        }
    }

    private void gem(ForloebRaekke r) {
        forloeb.put(r.forloebId(), r);
        aendredeForloeb.add(r.forloebId());
    }

    // ---- the state, for the writer and for tests ----

    /** The forløb row, or null. */
    public ForloebRaekke forloeb(UUID forloebId) {
        return forloeb.get(forloebId);
    }

    /** The forløb's tilstande known to this fold, by FSIII code. */
    public Map<String, Vurdering> tilstande(UUID forloebId) {
        return Map.copyOf(forloebstilstande.getOrDefault(forloebId, Map.of()));
    }

    /** The forløb the sag is attached to, as far as this fold knows. */
    public Set<UUID> forloebFor(UUID sagId) {
        return Set.copyOf(forloebPrSag.getOrDefault(sagId, Set.of()));
    }

    public List<ForloebRaekke> aendredeForloeb() {
        return aendredeForloeb.stream().map(forloeb::get).toList();
    }

    public List<Tilknytning> nyeSager() {
        return List.copyOf(nyeSager);
    }

    public List<Tilknytning> nyeBevillinger() {
        return List.copyOf(nyeBevillinger);
    }

    public List<Vurdering> aendredeSagstilstande() {
        return List.copyOf(aendredeSagstilstande);
    }

    public List<ForloebTilstand> aendredeForloebstilstande() {
        List<ForloebTilstand> ud = new ArrayList<>();
        aendredeForloebstilstande.forEach((forloebId, koder) -> {
            for (String kode : koder) {
                ud.add(new ForloebTilstand(forloebId, forloebstilstande.get(forloebId).get(kode)));
            }
        });
        return ud;
    }
}
