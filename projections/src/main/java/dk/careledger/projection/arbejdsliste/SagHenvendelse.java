package dk.careledger.projection.arbejdsliste;

import java.util.UUID;

/**
 * A henvendelse tied to a sag (table {@code arbejdsliste_sag_henvendelse}). {@code starterFrist}: the sag came from
 * it (listed in SagOprettet, or handled with udfald SAG_OPRETTET), so its modtagetDato can start the sag's frist.
 */
public record SagHenvendelse(UUID sagId, UUID henvendelseId, boolean starterFrist) {

    /** Two links of the same pair are one; the frist counts if either says so. */
    public SagHenvendelse flet(SagHenvendelse anden) {
        return new SagHenvendelse(sagId, henvendelseId, starterFrist || anden.starterFrist);
    }
}
