package dk.careledger.indeksfeed;

import dk.careledger.indeksfeed.sagsindeks.SagsindeksFeedProjektion;
import dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksFeedProjektion;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the index feeds correct what they have delivered (reconciliation, {@link SagsindeksFeedProjektion#afstem},
 * {@link YdelsesindeksFeedProjektion#afstem}): every night shortly after midnight (a setting that takes effect
 * on a later day, or a klagefrist that has run out, changes what the index should show without any new event), and on
 * request (the admin endpoint, e.g. after a rebuild that changed the feed's rules). A change of a kommune's settings is
 * not waited for: the Sagsindeks feed projection reconciles the kommune when it applies the setting's fact (ADR 0021). The nightly run is made only by the
 * node that runs the projections (ADR 0012, "One runner at a time"): with several nodes on one database every node's
 * scheduler fires, and the others skip it.
 */
@Component
public class Feedafstemning {
    private static final Logger LOG = LoggerFactory.getLogger(Feedafstemning.class);
    public static final String SYSTEMBRUGER = "system:afstemning";

    private final SagsindeksFeedProjektion sagsindeks;
    private final YdelsesindeksFeedProjektion ydelsesindeks;
    private final TransactionTemplate transaktion;
    private final Clock clock;
    private final Projektionsmotor motor;

    public Feedafstemning(SagsindeksFeedProjektion sagsindeks, YdelsesindeksFeedProjektion ydelsesindeks, PlatformTransactionManager transactionManager,
            Clock clock, Projektionsmotor motor) {
        this.motor = motor;
        this.sagsindeks = sagsindeks;
        this.ydelsesindeks = ydelsesindeks;
        this.transaktion = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${ledger.feed.afstemning-cron:0 5 0 * * *}", zone = "Europe/Copenhagen")
    public void natlig() {
        if (!motor.koererProjektionerne()) {
            LOG.info("Natlig afstemning springes over på denne node: projektionerne (og afstemningen) køres af {}", motor.projektionsnode());
            return;
        }
        List<UUID> rettede = afstem(null, SYSTEMBRUGER);
        List<UUID> ydelser = afstemYdelser(SYSTEMBRUGER);
        LOG.info("Natlig afstemning: {} sager rettet i Sagsindeks-feedet, {} leverancer i Ydelsesindeks-feedet", rettede.size(),
                ydelser.size());
    }

    /**
     * Delivers what the Ydelsesindeks should show today but was not given: the months begun since the last event of an
     * ongoing cash ydelse, and anything a changed rule shows differently. Returns the subjects delivered.
     */
    public List<UUID> afstemYdelser(String bruger) {
        return transaktion.execute(s -> ydelsesindeks.afstem(clock.instant(), bruger));
    }

    /** Corrects the index sager of the given ledger sager's citizens (null: all) and returns those that got a correcting registration. */
    public List<UUID> afstem(Collection<UUID> sager, String bruger) {
        return transaktion.execute(s -> sagsindeks.afstem(sager, clock.instant(), bruger));
    }
}
