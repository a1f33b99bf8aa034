package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.SagId;

/** A fact about a sag (UC1 Åbne sag, UC2 Sagsoplysning, UC3 Afgørelse). The package name is persisted with every event: never move it. */
public sealed interface SagEvent permits SagOprettet, SagsbehandlerTildelt, SamtykkeRegistreret, TilstandVurderet,
        OplysningerAnmodet, SagSatIBero, SagGenoptaget, SagOplyst, PartshoeringSendt, PartshoeringBesvaret,
        AfgoerelseTruffet, KlageModtaget, RevisitationStartet, SagAfsluttetUdenAfgoerelse, SagAfsluttet,
        BevillingTilknyttetSag, BevillingerFortsatEfterAfslutning, AfgoerelseSendtDatoRettet, SagOmklassificeret,
        AfgoerelseOmgjort {
    SagId sagId();

    Registrering registrering();
}
