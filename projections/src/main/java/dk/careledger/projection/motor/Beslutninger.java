package dk.careledger.projection.motor;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's decisions on the event a stopped projection is parked at ({@link Projektionsmotor#genoptag},
 * {@link Projektionsmotor#springOver}): each is recorded on the parking with who and why, and the projection then
 * catches up in a runner of its own, under the engine's lock so no runner takes it meanwhile. The caller has checked
 * that this node runs the projections.
 */
final class Beslutninger {
    // the engine's parts log under the engine's name, as they did before they were split out of it
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    private final Parkeringer parkeringer;
    /** The engine's lock: the live runner holds it per batch. */
    private final Object laas;
    /** Starts a runner of its own for projections that catch up (as a rebuild does, from their position). */
    private final Consumer<List<Deltager>> startGenopbygning;

    Beslutninger(Parkeringer parkeringer, Object laas, Consumer<List<Deltager>> startGenopbygning) {
        this.parkeringer = parkeringer;
        this.laas = laas;
        this.startGenopbygning = startGenopbygning;
    }

    /** Tries the parked event again: see {@link Projektionsmotor#genoptag}. */
    void genoptag(Deltager d, String bruger, String begrundelse) {
        String navn = d.projektion.navn();
        synchronized (laas) {
            Parkering p = stoppet(d);
            parkeringer.besluttet(p, Parkeringer.Beslutning.GENOPTAGET, bruger, begrundelse);
            LOG.warn("Projection {}: {} retries parked event {} ({})", navn, bruger, p.globalIndeks(), begrundelse);
            d.parkering = null;
            startGenopbygning.accept(List.of(d));
        }
    }

    /** Skips the parked event, which must be {@code globalIndeks}: see {@link Projektionsmotor#springOver}. */
    void springOver(Deltager d, Long globalIndeks, String bruger, String begrundelse) {
        String navn = d.projektion.navn();
        synchronized (laas) {
            Parkering p = stoppet(d);
            if (p.globalIndeks() != globalIndeks) {
                throw Afvisning.konflikt("PARKERET_HAENDELSE_ANDEN", "globalIndeks", "Projektionen '" + navn + "' er stoppet ved hændelse "
                        + p.globalIndeks() + ", ikke " + globalIndeks);
            }
            parkeringer.besluttet(p, Parkeringer.Beslutning.OVERSPRUNGET, bruger, begrundelse);
            LOG.warn("Projection {}: {} skips event {} ({}): {}", navn, bruger, p.globalIndeks(), p.haendelsestype(), begrundelse);
            d.oversprungne.add(p.globalIndeks());
            d.parkering = null;
            startGenopbygning.accept(List.of(d));
        }
    }

    /** A reason is required for a decision, and held to the edge's limits for text (no NUL, bounded). */
    static void paakraevetBegrundelse(String begrundelse) {
        Inputgraenser.tekst(Afvisning.paakraevet(begrundelse, "begrundelse"), Projektionsmotor.MAKS_BEGRUNDELSE, "begrundelse");
    }

    private static Parkering stoppet(Deltager d) {
        Parkering p = d.parkering;
        if (p == null) {
            throw Afvisning.konflikt("PROJEKTION_IKKE_STOPPET", "projektion", "Projektionen '" + d.projektion.navn()
                    + "' er ikke stoppet ved en parkeret hændelse");
        }
        return p;
    }
}
