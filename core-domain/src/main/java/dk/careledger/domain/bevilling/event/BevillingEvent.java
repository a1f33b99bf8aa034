package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Registrering;

/**
 * A fact about a bevilling, its bestilling, leveringer and opfølgninger (UC3, UC6, UC8). The package name is
 * persisted with every event: never move it.
 */
public sealed interface BevillingEvent permits BevillingGivet, BevillingBestilt, BevillingStartdatoFastsat,
        BevillingAendret, BevillingOphoert, LeveringUdfoert, LeveringIkkeUdfoert, UplanlagtLeveringRegistreret,
        OpfoelgningGennemfoert, TilbagevirkningBegrundet, OpfoelgningPlanlagt, LeveringAnnulleret, BevillingStartdatoRettet,
        BevillingSagTilknyttet {
    BevillingId bevillingId();

    Registrering registrering();
}
