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
 * the ledger still takes commands and serves reads (ADR 0012 says why that is not a 503). Reads the engine's memory
 * only, no query.
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
        List<Parkering> stoppede = motor.stoppede();
        if (stoppede.isEmpty()) {
            return Health.up().withDetail("projektioner", motor.navne().size()).build();
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
        return Health.status(DEGRADED).withDetail("stoppede", detaljer).build();
    }
}
