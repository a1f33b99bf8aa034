package dk.careledger.commandside.kommando;

import dk.careledger.domain.felles.Opslag;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the deciders' rules need from the command side beyond the caller and the clock (ADR 0020): the {@link Opslag}
 * of other aggregates' immutable facts, and how far ahead of the record time a fact registered as having happened
 * may lie, {@code ledger.regler.fremtidstolerance} (an ISO-8601 duration, default {@code PT5M}: a device whose clock
 * runs a little ahead is not refused; a levering "delivered" tomorrow is).
 */
@Component
public class Regler {
    private final Opslag opslag;
    private final Duration fremtidstolerance;

    public Regler(Opslag opslag, @Value("${ledger.regler.fremtidstolerance:PT5M}") Duration fremtidstolerance) {
        if (fremtidstolerance.isNegative()) {
            throw new IllegalArgumentException("ledger.regler.fremtidstolerance må ikke være negativ: " + fremtidstolerance);
        }
        this.opslag = opslag;
        this.fremtidstolerance = fremtidstolerance;
    }

    public Opslag opslag() {
        return opslag;
    }

    public Duration fremtidstolerance() {
        return fremtidstolerance;
    }
}
