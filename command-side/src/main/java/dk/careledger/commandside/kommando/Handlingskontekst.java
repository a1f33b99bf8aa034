package dk.careledger.commandside.kommando;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.Kryptering;
import dk.careledger.domain.felles.Opslag;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.katalog.Katalog;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.messaging.MetaData;

/** Builds the decider's {@link Kontekst} from command metadata, the injected clock and the {@link Regler}. */
public final class Handlingskontekst {
    private Handlingskontekst() {
    }

    public static Kontekst kontekst(MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering, Regler regler) {
        return new Kontekst(registrering(metaData, clock), katalog, kryptering, regler.opslag(), regler.fremtidstolerance());
    }

    /** As {@link #kontekst(MetaData, Clock, Katalog, Kryptering, Regler)}, with another {@link Opslag}. */
    public static Kontekst kontekst(MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering, Opslag opslag,
            Duration fremtidstolerance) {
        return new Kontekst(registrering(metaData, clock), katalog, kryptering, opslag, fremtidstolerance);
    }

    /**
     * Refuses the command when the caller stated the version it last saw and the aggregate has moved on since
     * (409 VERSIONSKONFLIKT): no lost updates. Axon's own expected-version check does not apply to
     * CREATE_IF_MISSING handlers, so the shells call this with the version they loaded. A write that races between
     * this check and the append still fails on the event store's unique (aggregate, sequence) key.
     */
    public static void kraevForventetVersion(MetaData metaData, long aktuelVersion) {
        Object forventet = metaData.get(Metadatanoegler.FORVENTET_VERSION);
        if (forventet != null && ((Number) forventet).longValue() != aktuelVersion) {
            throw Afvisning.konflikt("VERSIONSKONFLIKT", null, "Forventet version " + forventet + ", men den aktuelle version er "
                    + aktuelVersion + "; hent den igen og prøv på ny");
        }
    }

    /**
     * Kommune isolation for writes (ADR 0019): a command on an existing aggregate is taken only from a user of a kommune
     * in {@code tilladte} (its ejer, the kommune whose user created it; for a levering also the leverandør kommune it
     * was ordered from). Anyone else gets the same 404 as for an id that does not exist, so the answer does not reveal
     * that it exists. A process of the ledger itself ({@code SYSTEM}) acts for the kommune whose fact started it.
     */
    public static void kraevKommune(MetaData metaData, long version, Aggregattype type, String id, Cvr... tilladte) {
        if (version < 0 || Rolle.SYSTEM.name().equals(metaData.get(Metadatanoegler.ROLLE))) {
            return;
        }
        Object kalder = metaData.get(Metadatanoegler.KOMMUNE);
        for (Cvr cvr : tilladte) {
            if (cvr != null && cvr.value().equals(kalder)) {
                return;
            }
        }
        throw Afvisning.ikkeFundet(type.ukendtKode(), null, "Der findes ingen " + type.name().toLowerCase() + " med id " + id);
    }

    public static Registrering registrering(MetaData metaData, Clock clock) {
        return new Registrering(
                new Cvr((String) metaData.get(Metadatanoegler.KOMMUNE)),
                new Aktoer((String) metaData.get(Metadatanoegler.BRUGER_ID), Rolle.valueOf((String) metaData.get(Metadatanoegler.ROLLE))),
                clock.instant());
    }
}
