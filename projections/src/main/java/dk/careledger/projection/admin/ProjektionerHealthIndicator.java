package dk.careledger.projection.admin;

import dk.careledger.projection.motor.Parkering;
import dk.careledger.projection.motor.Projektionsmotor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code projektioner}: UP while every projection applies every event; DEGRADED
 * when one or more have stopped at a parked event, with the stopped projections, the event and the reason. DEGRADED
 * ranks between OUT_OF_SERVICE and UP and answers 200 ({@code management.endpoint.health.status} in application.yml):
 * the ledger still takes commands and serves reads (ADR 0012 says why that is not a 503). Detail {@code rolle} says
 * whether this node runs the projections (PROJEKTIONSNODE, with its lease epoch) or is STANDBY (UP, with the node that
 * runs them). Reads the engine's memory only, no query.
 */
@Component
public class ProjektionerHealthIndicator implements HealthIndicator {
    /** Serving, but a read model is behind and will stay behind until an operator decides. */
    public static final Status DEGRADED = new Status("DEGRADED", "En eller flere projektioner er stoppet ved en parkeret hændelse");

    private final Projektionsmotor motor;

    public ProjektionerHealthIndicator(Projektionsmotor motor) {
        this.motor = motor;
    }

    @Override
    public Health health() {
        if (!motor.koererProjektionerne()) {
            // standby (ADR 0012, "One runner at a time"): another node applies the events; reads are served from the
            // shared tables, so this node is as healthy as the one that runs them
            return Health.up().withDetail("rolle", "STANDBY").withDetail("projektionsnode", motor.projektionsnode())
                    .withDetail("projektioner", motor.navne().size()).build();
        }
        List<Parkering> stoppede = motor.stoppede();
        if (stoppede.isEmpty()) {
            return Health.up().withDetail("rolle", "PROJEKTIONSNODE").withDetail("leaseEpoke", motor.leaseEpoke())
                    .withDetail("projektioner", motor.navne().size()).build();
        }
        Map<String, Object> detaljer = new LinkedHashMap<>();
        for (Parkering p : stoppede) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("globalIndeks", p.globalIndeks());
            if (p.haendelsestype() != null) {
                d.put("haendelsestype", p.haendelsestype());
            }
            if (p.aggregatId() != null) {
                d.put("aggregatId", p.aggregatId());
                d.put("sekvens", p.sekvens());
            }
            d.put("aarsag", p.aarsag());
            d.put("parkeret", p.parkeret().toString());
            detaljer.put(p.projektion(), d);
        }
        return Health.status(DEGRADED).withDetail("rolle", "PROJEKTIONSNODE").withDetail("leaseEpoke", motor.leaseEpoke())
                .withDetail("stoppede", detaljer).build();
    }
}
