package dk.careledger.projection.motor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applying a batch, for one runner: one transaction applies the batch to a set of projections (a lane, or all the
 * runner's members) and stores their positions with their rows, fenced by the runner's lease epoch. When a projection
 * fails on a batch with a failure tied to an event, {@link #isoler} is the fallback: that projection's part of the
 * batch alone, halving the range that fails ({@link Giftsoegning}), until the event it cannot apply is parked.
 */
final class Anvendelse {
    // the engine's parts log under the engine's name, as they did before they were split out of it
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    private final TransactionTemplate transaktion;
    private final Positioner positioner;
    private final Parkeringer parkeringer;
    /** The engine's lock: the live runner holds it per batch, and a projection leaves its runner under it. */
    private final Object laas;
    /** The lease epoch of the runner: every position write and parking is fenced by it. */
    private final long epoke;
    private final boolean genopbygning;
    /** The runner's members: a projection that parks an event leaves them. */
    private final Set<Deltager> medlemmer;
    /** For the live runner's timing: when the last attempt's SQL was sent. */
    private long anvendtSlut;

    Anvendelse(TransactionTemplate transaktion, Positioner positioner, Parkeringer parkeringer, Object laas, long epoke,
            boolean genopbygning, Set<Deltager> medlemmer) {
        this.transaktion = transaktion;
        this.positioner = positioner;
        this.parkeringer = parkeringer;
        this.laas = laas;
        this.epoke = epoke;
        this.genopbygning = genopbygning;
        this.medlemmer = medlemmer;
    }

    /** When the last transaction's SQL was sent (before its commit), for the live runner's timing. */
    long anvendtSlut() {
        return anvendtSlut;
    }

    /** One transaction: the batch applied to {@code spor}, with their positions; then their in-memory state. */
    void anvend(List<Deltager> spor, List<Haendelse> haendelser, List<TrackingToken> tokens, TrackingToken ny) {
        Map<Deltager, Integer> antal = new LinkedHashMap<>();
        transaktion.executeWithoutResult(status -> {
            antal.clear();
            if (genopbygning) {
                // a rebuild that loses its last commits in a crash replays them from its stored position, which
                // commits (or is lost) together with its rows: no need to wait for the WAL flush
                positioner.asynkronCommit();
                positioner.egnePlaner();
            }
            List<Positioner.Ny> nyePositioner = new ArrayList<>(spor.size());
            for (Deltager d : spor) {
                List<Haendelse> nye = ikkeOversprungne(d, d.token == null ? haendelser : ikkeDaekkede(d.token, tokens, haendelser));
                if (!nye.isEmpty()) {
                    long t0 = System.nanoTime();
                    try {
                        d.projektion.anvend(nye);
                    } catch (RuntimeException e) {
                        throw new ProjektionFejlede(d, e);
                    }
                    d.nanosIAnvend.addAndGet(System.nanoTime() - t0);
                }
                nyePositioner.add(new Positioner.Ny(d.projektion.navn(), d.token == null ? ny : d.token.upperBound(ny), nye.size()));
                antal.put(d, nye.size());
            }
            positioner.gem(epoke, nyePositioner);
            anvendtSlut = System.nanoTime();
        });
        for (Map.Entry<Deltager, Integer> e : antal.entrySet()) {
            Deltager d = e.getKey();
            d.token = d.token == null ? ny : d.token.upperBound(ny);
            d.behandlet.addAndGet(e.getValue());
            d.fejl = null;
        }
    }

    /**
     * After {@code f}: the failing projection's part of the batch alone ({@link Giftsoegning}), each attempt in a
     * transaction of its own with its position; it parks the event the projection cannot apply and leaves the
     * runner. Throws a failure that is not tied to an event ({@link Fejlart#forbigaaende}).
     */
    void isoler(ProjektionFejlede f, List<Haendelse> haendelser, List<TrackingToken> tokens) {
        Deltager d = f.deltager;
        if (!medlemmer.contains(d)) {
            return;
        }
        List<Haendelse> egne = new ArrayList<>(haendelser.size());
        List<TrackingToken> egneTokens = new ArrayList<>(haendelser.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (d.token == null || !d.token.covers(tokens.get(i))) {
                egne.add(haendelser.get(i));
                egneTokens.add(tokens.get(i));
            }
        }
        Giftsoegning.Gift gift = Giftsoegning.find(egne, egneTokens, (del, til) -> {
            List<Haendelse> nye = ikkeOversprungne(d, del);
            TrackingToken ny = d.token == null ? til : d.token.upperBound(til);
            long t0 = System.nanoTime();
            transaktion.executeWithoutResult(status -> {
                if (!nye.isEmpty()) {
                    d.projektion.anvend(nye);
                }
                positioner.gem(epoke, d.projektion.navn(), ny, nye.size());
            });
            d.nanosIAnvend.addAndGet(System.nanoTime() - t0);
            d.token = ny;
            d.behandlet.addAndGet(nye.size());
        });
        if (gift == null) {
            LOG.warn("Projection {} failed on a batch of {} events ({}), then applied each part of it alone", d.projektion.navn(),
                    haendelser.size(), f.getCause().toString());
            d.fejl = null;
            return;
        }
        Parkering p = parkeringer.parker(epoke, d.projektion.navn(), gift.haendelse(), gift.fejl());
        synchronized (laas) {
            medlemmer.remove(d);
            d.parkering = p;
            d.fejl = null;
        }
        LOG.error("Projection {} cannot apply event {} ({}, aggregate {} #{}); it parked the event and stopped, the other "
                + "projections go on. Decide with POST /api/admin/projektioner/{}/genoptagelse or /overspringelse",
                d.projektion.navn(), p.globalIndeks(), p.haendelsestype(), p.aggregatId(), p.sekvens(), d.projektion.navn(), gift.fejl());
    }

    /** {@code haendelser} without the events skipped for {@code d} by decision (usually none: no copy then). */
    private static List<Haendelse> ikkeOversprungne(Deltager d, List<Haendelse> haendelser) {
        if (d.oversprungne.isEmpty()) {
            return haendelser;
        }
        List<Haendelse> tilbage = new ArrayList<>(haendelser.size());
        for (Haendelse h : haendelser) {
            if (!d.oversprungne.contains(h.globalIndeks())) {
                tilbage.add(h);
            }
        }
        return tilbage;
    }

    private static List<Haendelse> ikkeDaekkede(TrackingToken token, List<TrackingToken> tokens, List<Haendelse> haendelser) {
        List<Haendelse> nye = new ArrayList<>(haendelser.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (!token.covers(tokens.get(i))) {
                nye.add(haendelser.get(i));
            }
        }
        return nye;
    }
}
