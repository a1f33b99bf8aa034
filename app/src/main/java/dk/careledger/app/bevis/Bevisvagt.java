package dk.careledger.app.bevis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Verifikation} over both logs inside the application (ADR 0024): every
 * {@code ledger.bevis.verifikation-interval}, the first {@code ledger.bevis.verifikation-foerste} after the start, and
 * when the revisor asks. Publishes
 * {@code ledger.bevis.verificeret} (the position each log was verified up to in the latest run; -1 before the first),
 * {@code ledger.bevis.afvigelse} (the first disagreeing position found in the latest run, -1 when none) and counts
 * runs that found one in {@code ledger.bevis.afvigelser}. One verification at a time.
 */
@Component
public class Bevisvagt implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Bevisvagt.class);

    private final Verifikation verifikation;
    private final Duration interval;
    private final Duration foerste;
    private final Map<Bevislog, AtomicLong> verificeret = new EnumMap<>(Bevislog.class);
    private final Map<Bevislog, AtomicLong> afvigelse = new EnumMap<>(Bevislog.class);
    private final Map<Bevislog, Counter> afvigelser = new EnumMap<>(Bevislog.class);
    private volatile ScheduledExecutorService planlaegger;

    public Bevisvagt(DataSource dataSource, Bevisnoegle noegle, MeterRegistry metrik,
            @Value("${ledger.bevis.verifikation-interval:PT1H}") Duration interval,
            @Value("${ledger.bevis.verifikation-foerste:PT5M}") Duration foerste) {
        this.verifikation = new Verifikation(dataSource::getConnection, noegle.offentligNoegle());
        this.interval = interval;
        this.foerste = foerste;
        for (Bevislog log : Bevislog.values()) {
            AtomicLong v = new AtomicLong(-1);
            AtomicLong a = new AtomicLong(-1);
            verificeret.put(log, v);
            afvigelse.put(log, a);
            Gauge.builder("ledger.bevis.verificeret", v, AtomicLong::get).tag("log", log.name())
                    .description("The position the log was verified up to against its proofs in the latest run").register(metrik);
            Gauge.builder("ledger.bevis.afvigelse", a, AtomicLong::get).tag("log", log.name())
                    .description("The first position where the log and its proofs disagreed in the latest run; -1 when none")
                    .register(metrik);
            afvigelser.put(log, Counter.builder("ledger.bevis.afvigelser").tag("log", log.name())
                    .description("Verification runs that found the log and its proofs disagreeing").register(metrik));
        }
    }

    /** Verifies both logs, with the checkpoints {@code udefra} an outside party kept, and updates the metrics. */
    public synchronized List<Verifikation.Resultat> verificer(List<Kontrolpunkt> udefra) {
        List<Verifikation.Resultat> ud = new ArrayList<>();
        for (Bevislog log : Bevislog.values()) {
            Verifikation.Resultat r;
            try {
                r = verifikation.verificer(log, udefra);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the " + log + " log to verify it", e);
            }
            verificeret.get(log).set(r.verificeretTil());
            afvigelse.get(log).set(r.ok() ? -1 : r.afvigelse().position());
            if (!r.ok()) {
                afvigelser.get(log).increment();
                LOG.error("The {} log and its proofs disagree at position {} ({}): {}", log, r.afvigelse().position(),
                        r.afvigelse().art(), r.afvigelse().besked());
            } else {
                LOG.info("The {} log verified against its proofs up to position {} ({} entries, {} checkpoints) in {} ms", log,
                        r.verificeretTil(), r.poster(), r.kontrolpunkter(), r.tid().toMillis());
            }
            ud.add(r);
        }
        return ud;
    }

    @Override
    public void start() {
        ScheduledExecutorService p = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bevisvagt");
            t.setDaemon(true);
            return t;
        });
        p.scheduleWithFixedDelay(() -> {
            try {
                verificer(List.of());
            } catch (RuntimeException e) {
                LOG.warn("Verifying the logs failed: {}", e.toString());
            }
        }, foerste.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        planlaegger = p;
    }

    @Override
    public void stop() {
        ScheduledExecutorService p = planlaegger;
        planlaegger = null;
        if (p != null) {
            p.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return planlaegger != null;
    }
}
