package dk.careledger.commandside.henvendelse;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.henvendelse.Udfald;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
import dk.careledger.domain.sag.event.SagOprettet;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.axonframework.modelling.command.Repository;

/**
 * Opening a sag from henvendelser marks each of them handled with that sag (UC1 step 6), in the sag's own unit of work
 * and database transaction: the henvendelse aggregates are loaded through their repository and decide
 * {@link HaandterHenvendelse} as if a client had sent it, with the new sag's handling date its opstaaetDato. So a
 * henvendelse is handled exactly once even when two sager are opened from it at the same moment: both append to the
 * henvendelse's stream, Axon's lock (one node) or the store's unique (aggregate, sequence) key (several nodes) lets one
 * through, and the other is decided again and refused (422 {@code HENVENDELSE_HAANDTERET} on {@code henvendelser[i]};
 * ADR 0020).
 */
@Component
public class Henvendelsesmarkering {
    private final Repository<HenvendelseAggregate> henvendelser;

    public Henvendelsesmarkering(@Lazy @Qualifier("henvendelseAggregateRepository") Repository<HenvendelseAggregate> henvendelser) {
        this.henvendelser = henvendelser;
    }

    /** Marks the sag's henvendelser handled; a refusal names the henvendelse as {@code henvendelser[i]}. */
    public void markerHaandteret(SagOprettet sag, Kontekst kontekst) {
        Kontekst medDenNyeSag = new Kontekst(kontekst.registrering(), kontekst.katalog(), kontekst.kryptering(),
                kontekst.opslag().medSag(sag.sagId(), new Sagsfakta(sag.borgerId(), sag.opstaaetDato(), Map.of())),
                kontekst.fremtidstolerance());
        List<HenvendelseId> ids = sag.henvendelser();
        for (int i = 0; i < ids.size(); i++) {
            HenvendelseId henvendelseId = ids.get(i);
            HaandterHenvendelse haandter = new HaandterHenvendelse(henvendelseId, Udfald.SAG_OPRETTET, List.of(sag.sagId()), null,
                    sag.opstaaetDato());
            try {
                henvendelser.load(henvendelseId.toString()).execute(h -> h.haandterVedSagsoprettelse(haandter, medDenNyeSag));
            } catch (Afvisning afvisning) {
                throw new Afvisning(afvisning.art(), afvisning.fejlkode(), "henvendelser[" + i + "]", afvisning.besked());
            }
        }
    }
}
