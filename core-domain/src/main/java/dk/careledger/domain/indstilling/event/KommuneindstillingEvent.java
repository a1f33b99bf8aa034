package dk.careledger.domain.indstilling.event;

import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import java.time.LocalDate;

/**
 * A fact about a kommune's settings (ADR 0021): who set what (the {@link Registrering}), for which KLE prefix, and from
 * which day it holds ({@code gyldigFra}, the virkning). The package name is persisted with every event: never move it.
 */
public sealed interface KommuneindstillingEvent
        permits AfslutningspolitikFastsat, SagsbegrebFastsat, SagsbehandlingsfristFastsat, BorgerblikFastsat {
    Cvr kommune();

    String klePraefiks();

    LocalDate gyldigFra();

    Registrering registrering();
}
