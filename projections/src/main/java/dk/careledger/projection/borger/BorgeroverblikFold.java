package dk.careledger.projection.borger;

import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.TilstandVurderet;
import dk.careledger.projection.motor.Haendelse;
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
 * The citizen overview's fold, free of JDBC: the sag, tilstand and henvendelse rows a batch touches (loaded by
 * {@link BorgeroverblikProjektion}, or none in a unit test), the events applied in order, and what changed.
 *
 * <p>A TilstandVurderet names only its sag; the citizen is the sag's primær part, known from the sag's row (its
 * SagOprettet always comes first in the log).
 */
public final class BorgeroverblikFold {
    private final Map<UUID, BorgerSag> sager = new LinkedHashMap<>();
    private final Set<UUID> aendredeSager = new LinkedHashSet<>();
    private final Map<UUID, Map<String, BorgerTilstand>> tilstande = new LinkedHashMap<>();
    private final Map<UUID, Set<String>> aendredeTilstande = new LinkedHashMap<>();
    private final Map<UUID, BorgerHenvendelse> henvendelser = new LinkedHashMap<>();
    private final Set<UUID> aendredeHenvendelser = new LinkedHashSet<>();

    public BorgeroverblikFold(Collection<BorgerSag> sager, Collection<BorgerTilstand> tilstande, Collection<BorgerHenvendelse> henvendelser) {
        for (BorgerSag s : sager) {
            this.sager.put(s.sagId(), s);
        }
        for (BorgerTilstand t : tilstande) {
            this.tilstande.computeIfAbsent(t.borgerId(), k -> new TreeMap<>()).put(t.fsiiiKode(), t);
        }
        for (BorgerHenvendelse h : henvendelser) {
            this.henvendelser.put(h.henvendelseId(), h);
        }
    }

    public static BorgeroverblikFold tom() {
        return new BorgeroverblikFold(List.of(), List.of(), List.of());
    }

    /** Applies one event; events of other types are ignored. */
    public void anvend(Haendelse h) {
        Object e = h.haendelse();
        if (e instanceof SagOprettet o) {
            if (!sager.containsKey(o.sagId().value())) {
                sager.put(o.sagId().value(), BorgerSag.oprettet(o));
                aendredeSager.add(o.sagId().value());
            }
        } else if (e instanceof TilstandVurderet t) {
            BorgerSag sag = sager.get(t.sagId().value());
            if (sag != null) {
                vurder(BorgerTilstand.af(sag.borgerId(), t, h.globalIndeks()));
            }
        } else if (e instanceof SagEvent s) {
            BorgerSag sag = sager.get(s.sagId().value());
            if (sag != null) {
                BorgerSag ny = sag.anvend(s);
                if (!ny.equals(sag)) {
                    sager.put(ny.sagId(), ny);
                    aendredeSager.add(ny.sagId());
                }
            }
        } else if (e instanceof HenvendelseModtaget m) {
            if (!henvendelser.containsKey(m.henvendelseId().value())) {
                henvendelser.put(m.henvendelseId().value(), BorgerHenvendelse.modtaget(m));
                aendredeHenvendelser.add(m.henvendelseId().value());
            }
        } else if (e instanceof HenvendelseEvent he) {
            BorgerHenvendelse r = henvendelser.get(he.henvendelseId().value());
            if (r != null) {
                henvendelser.put(r.henvendelseId(), r.anvend(he));
                aendredeHenvendelser.add(r.henvendelseId());
            }
        }
    }

    private void vurder(BorgerTilstand t) {
        Map<String, BorgerTilstand> borgerens = tilstande.computeIfAbsent(t.borgerId(), k -> new TreeMap<>());
        if (t.senereEnd(borgerens.get(t.fsiiiKode()))) {
            borgerens.put(t.fsiiiKode(), t);
            aendredeTilstande.computeIfAbsent(t.borgerId(), k -> new LinkedHashSet<>()).add(t.fsiiiKode());
        }
    }

    // ---- keys a batch touches, for the loader ----

    /** Every sag a sag event in the batch names. */
    public static Set<UUID> sagIds(List<Haendelse> haendelser) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Haendelse h : haendelser) {
            if (h.haendelse() instanceof SagEvent s) {
                ids.add(s.sagId().value());
            }
        }
        return ids;
    }

    /** Every henvendelse a henvendelse event in the batch names. */
    public static Set<UUID> henvendelseIds(List<Haendelse> haendelser) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Haendelse h : haendelser) {
            if (h.haendelse() instanceof HenvendelseEvent e) {
                ids.add(e.henvendelseId().value());
            }
        }
        return ids;
    }

    /** The citizens whose tilstande the batch assesses: the primær part of each assessed sag (stored or opened in the batch). */
    public static Set<UUID> vurderedeBorgere(List<Haendelse> haendelser, Map<UUID, UUID> gemteSagersBorger) {
        Map<UUID, UUID> borgerPrSag = new LinkedHashMap<>(gemteSagersBorger);
        Set<UUID> borgere = new LinkedHashSet<>();
        for (Haendelse h : haendelser) {
            if (h.haendelse() instanceof SagOprettet o) {
                borgerPrSag.putIfAbsent(o.sagId().value(), o.borgerId().value());
            } else if (h.haendelse() instanceof TilstandVurderet t) {
                UUID borger = borgerPrSag.get(t.sagId().value());
                if (borger != null) {
                    borgere.add(borger);
                }
            }
        }
        return borgere;
    }

    // ---- the state, for the writer and for tests ----

    public BorgerSag sag(UUID sagId) {
        return sager.get(sagId);
    }

    /** The citizen's current tilstande known to this fold, by FSIII code. */
    public Map<String, BorgerTilstand> tilstande(UUID borgerId) {
        return Map.copyOf(tilstande.getOrDefault(borgerId, Map.of()));
    }

    public BorgerHenvendelse henvendelse(UUID henvendelseId) {
        return henvendelser.get(henvendelseId);
    }

    public List<BorgerSag> aendredeSager() {
        return aendredeSager.stream().map(sager::get).toList();
    }

    public List<BorgerTilstand> aendredeTilstande() {
        List<BorgerTilstand> ud = new ArrayList<>();
        aendredeTilstande.forEach((borger, koder) -> koder.forEach(k -> ud.add(tilstande.get(borger).get(k))));
        return ud;
    }

    public List<BorgerHenvendelse> aendredeHenvendelser() {
        return aendredeHenvendelser.stream().map(henvendelser::get).toList();
    }
}
