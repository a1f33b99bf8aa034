package dk.careledger.projection.ydelse;

import dk.careledger.domain.bevilling.event.LeveringAnnulleret;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.projection.motor.Haendelse;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dk.careledger.projection.ydelse.laesning.YdelseRaekke;

/**
 * The ydelsesindeks' fold, free of JDBC: the ydelse rows a batch touches (loaded by {@link YdelsesindeksProjektion},
 * or none in a unit test), the bevilling events applied to them in order ({@link YdelseRaekke#anvend}), and the
 * leveringer counted per period ({@link Leveringsperioder}).
 */
public final class YdelseFold {
    private final Map<UUID, YdelseRaekke> raekker = new LinkedHashMap<>();
    private final Set<UUID> aendrede = new LinkedHashSet<>();
    private final Leveringsperioder leveringer = new Leveringsperioder();

    public YdelseFold(Collection<YdelseRaekke> gemte) {
        for (YdelseRaekke r : gemte) {
            raekker.put(r.bevillingId(), r);
        }
    }

    public static YdelseFold tom() {
        return new YdelseFold(List.of());
    }

    /** Applies one event; events of other aggregates are ignored. */
    public void anvend(Haendelse h) {
        Object e = h.haendelse();
        if (!(e instanceof BevillingEvent b)) {
            return;
        }
        UUID id = b.bevillingId().value();
        if (e instanceof LeveringAnnulleret annulleret) {
            // counted back in the periods, and the bevilling's row marked as corrected (ADR 0022)
            leveringer.anvend(e);
            YdelseRaekke r = raekker.get(id);
            if (r != null) {
                raekker.put(id, r.rettet(annulleret.registrering().registreringstid()));
                aendrede.add(id);
            }
            return;
        }
        if (Leveringsperioder.erLevering(e)) {
            leveringer.anvend(e);
            return;
        }
        if (e instanceof BevillingGivet givet) {
            if (!raekker.containsKey(id)) {
                raekker.put(id, YdelseRaekke.givet(givet));
                aendrede.add(id);
            }
            return;
        }
        YdelseRaekke r = raekker.get(id);
        if (r != null) {
            YdelseRaekke ny = r.anvend(e);
            if (!ny.equals(r)) {
                raekker.put(id, ny);
                aendrede.add(id);
            }
        }
    }

    /** The ydelse row of a bevilling, or null. */
    public YdelseRaekke ydelse(UUID bevillingId) {
        return raekker.get(bevillingId);
    }

    public List<YdelseRaekke> aendrede() {
        return aendrede.stream().map(raekker::get).toList();
    }

    /** The leveringer counted in this fold (deltas to add to the stored periods). */
    public Leveringsperioder leveringer() {
        return leveringer;
    }

    /** The bevillinger whose row the events touch (every bevilling event but the leveringer; an annulment marks the row). */
    public static Set<UUID> raekkenoegler(List<Haendelse> haendelser) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Haendelse h : haendelser) {
            if (h.haendelse() instanceof BevillingEvent b && (!Leveringsperioder.erLevering(b) || b instanceof LeveringAnnulleret)) {
                ids.add(b.bevillingId().value());
            }
        }
        return ids;
    }
}
