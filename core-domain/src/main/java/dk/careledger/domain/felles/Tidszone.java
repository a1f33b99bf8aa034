package dk.careledger.domain.felles;

import java.time.ZoneId;

/** The one time zone of the ledger's business days: a Danish kommune's "today", a sag's year, an index date. */
public final class Tidszone {
    public static final ZoneId DANMARK = ZoneId.of("Europe/Copenhagen");

    private Tidszone() {
    }
}
