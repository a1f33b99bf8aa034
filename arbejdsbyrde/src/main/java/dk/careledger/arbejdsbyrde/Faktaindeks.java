package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Opslag;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.Sagsfakta.Afgoerelsesfakta;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.SagOprettet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The generator's {@link Opslag}: the immutable facts of every sag, henvendelse and bevilling generated so far, kept
 * from their events (a few ids and dates each, not the aggregates' states), so the deciders check references as the
 * command side does.
 */
final class Faktaindeks implements Opslag {
    private record Sag(BorgerId borgerId, LocalDate opstaaetDato, Map<AfgoerelseId, Afgoerelsesfakta> afgoerelser) {
    }

    private final Map<SagId, Sag> sager = new HashMap<>();
    private final Map<HenvendelseId, BorgerId> henvendelser = new HashMap<>();
    private final Map<BevillingId, BorgerId> bevillinger = new HashMap<>();
    /** The first day without help of each bevilling that stopped or has a slutdato. */
    private final Map<BevillingId, LocalDate> slut = new HashMap<>();

    void husk(Object haendelse) {
        if (haendelse instanceof SagOprettet o) {
            sager.put(o.sagId(), new Sag(o.borgerId(), o.opstaaetDato(), new HashMap<>()));
        } else if (haendelse instanceof AfgoerelseTruffet a && sager.containsKey(a.sagId())) {
            sager.get(a.sagId()).afgoerelser().put(a.afgoerelseId(),
                    new Afgoerelsesfakta(a.type() != Afgoerelsestype.AFSLAG, a.truffetDato()));
        } else if (haendelse instanceof HenvendelseModtaget m) {
            henvendelser.put(m.henvendelseId(), m.borgerId());
        } else if (haendelse instanceof BevillingGivet g) {
            bevillinger.put(g.bevillingId(), g.borgerId());
            if (g.slutdato() != null) {
                slut.put(g.bevillingId(), g.slutdato().plusDays(1));
            }
        } else if (haendelse instanceof BevillingOphoert o) {
            slut.merge(o.bevillingId(), o.ophoersdato(), (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    @Override
    public boolean bevillingLoeberEfter(BevillingId bevillingId, LocalDate dag) {
        LocalDate foersteDagUden = slut.get(bevillingId);
        return bevillinger.containsKey(bevillingId) && (foersteDagUden == null || foersteDagUden.isAfter(dag.plusDays(1)));
    }

    @Override
    public Optional<Sagsfakta> sag(SagId sagId) {
        return Optional.ofNullable(sager.get(sagId)).map(s -> new Sagsfakta(s.borgerId(), s.opstaaetDato(), s.afgoerelser()));
    }

    @Override
    public Optional<BorgerId> henvendelsensBorger(HenvendelseId henvendelseId) {
        return Optional.ofNullable(henvendelser.get(henvendelseId));
    }

    @Override
    public Optional<BorgerId> bevillingensBorger(BevillingId bevillingId) {
        return Optional.ofNullable(bevillinger.get(bevillingId));
    }
}
