package dk.careledger.projection.motor;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch over the {@link Projektionslease}: takes the lease when the engine starts, if no other node holds it, and
 * then looks every {@code ledger.projektioner.lease-interval-ms} on a thread of its own ({@code projektion-lease}):
 * the holder whether its lock connection still answers and no batch was fenced off (else its runners stop at once and
 * the lease is given up), a standby whether the lease has become free (then it takes over and the runners start from
 * the stored positions). It knows the lease epoch the runners run under; starting and stopping them is the engine's.
 */
final class Leasevagt {
    // the engine's parts log under the engine's name, as they did before they were split out of it
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    private final Projektionslease lease;
    private final long leaseIntervalMs;
    /** While the engine runs (between its start and stop). */
    private final BooleanSupplier koerer;
    /** Starts the runners under the epoch given (under {@link #leaselaas}). */
    private final LongConsumer startLoebere;
    /** Tells every runner to stop and waits for a batch under way to end. */
    private final Runnable stopOgVentPaaLoebere;
    /** Guards taking up and giving up the runners when the lease comes and goes (never held while a batch waits for {@code laas}). */
    private final Object leaselaas = new Object();
    /** The lease epoch the runners were started under; 0 while this node is standby (runs nothing). */
    private volatile long aktivEpoke;
    /** A runner's batch was fenced off under {@link #aktivEpoke}: the watch stops the runners and gives the lease up. */
    private volatile boolean afskaaret;
    private volatile Thread vagt;

    Leasevagt(Projektionslease lease, long leaseIntervalMs, BooleanSupplier koerer, LongConsumer startLoebere,
            Runnable stopOgVentPaaLoebere) {
        this.lease = lease;
        this.leaseIntervalMs = leaseIntervalMs;
        this.koerer = koerer;
        this.startLoebere = startLoebere;
        this.stopOgVentPaaLoebere = stopOgVentPaaLoebere;
    }

    /** See {@link Projektionsmotor#start()}. */
    void start() {
        synchronized (leaselaas) {
            if (lease.forsoeg()) {
                startLoebere(lease.epoke());
            } else {
                LOG.info("Projections are run by another node ({}); this node is standby and takes over when it stops",
                        lease.kendtIndehaver());
            }
        }
        Thread t = new Thread(this::vagt, "projektion-lease");
        t.setDaemon(true);
        vagt = t;
        t.start();
    }

    /** The watch over the lease: see {@link Projektionsmotor#start()}. */
    private void vagt() {
        while (koerer.getAsBoolean()) {
            try {
                Thread.sleep(leaseIntervalMs);
            } catch (InterruptedException e) {
                return;
            }
            try {
                synchronized (leaselaas) {
                    if (!koerer.getAsBoolean()) {
                        return;
                    }
                    if (aktivEpoke != 0) {
                        if (afskaaret) {
                            stopLoebere("a batch was fenced off: another node took the lease over");
                        } else if (!lease.bekraeft()) {
                            stopLoebere("the lease was lost");
                        }
                    } else if (lease.forsoeg()) {
                        try {
                            startLoebere(lease.epoke());
                        } catch (RuntimeException e) {
                            // never hold the lease without running: give it up, and try again at the next look
                            stopLoebere("starting the runners failed");
                            throw e;
                        }
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("Watching the projection lease failed; trying again", e);
            }
        }
    }

    /** Starts the runners under lease epoch {@code epoke}. */
    private void startLoebere(long epoke) {
        aktivEpoke = epoke;
        startLoebere.accept(epoke);
    }

    /** Stops the runners (waiting for a batch under way) and gives the lease up; this node is then standby. */
    private void stopLoebere(String hvorfor) {
        LOG.warn("Projection runners stop: {}", hvorfor);
        aktivEpoke = 0;
        afskaaret = false;
        stopOgVentPaaLoebere.run();
        lease.slip();
    }

    /** A runner's batch under {@code epoke} was fenced off: the watch stops the runners and gives the lease up. */
    void afskaer(long epoke) {
        if (aktivEpoke == epoke) {
            afskaaret = true;
        }
    }

    /** The engine stops: the watch ends (before the runners are stopped). */
    void afbryd() {
        Thread v = vagt;
        if (v != null) {
            v.interrupt();
        }
    }

    /** The engine has stopped its runners: the lease is given up. */
    void slip() {
        synchronized (leaselaas) {
            aktivEpoke = 0;
            // released at once: a standby takes over at its next look instead of waiting for this process to end
            lease.slip();
        }
    }

    /** True while this node holds the lease and runs the projections. */
    boolean koererProjektionerne() {
        return aktivEpoke != 0 && !afskaaret;
    }

    /** The lease epoch the runners run under; 0 on a standby. */
    long aktivEpoke() {
        return aktivEpoke;
    }

    /** A batch was fenced off and the watch has not yet stopped the runners. */
    boolean afskaaret() {
        return afskaaret;
    }
}
