package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.SagId;

/** A request to change a sag (UC1 Åbne sag, UC2 Sagsoplysning, UC3 Afgørelse). Carries plaintext; the decider encrypts free text. */
public sealed interface SagCommand permits OpretSag, TildelSagsbehandler, RegistrerSamtykke, VurderTilstand,
        AnmodOmOplysninger, GenoptagSag, MarkerSagOplyst, SendPartshoering, BesvarPartshoering, TraefAfgoerelse,
        ModtagKlage, StartRevisitation, AfslutSagUdenAfgoerelse, AfslutSag, TilknytBevillingTilSag, RetAfgoerelsensSendtDato,
        OmklassificerSag, OmgoerAfgoerelse {
    SagId sagId();
}
