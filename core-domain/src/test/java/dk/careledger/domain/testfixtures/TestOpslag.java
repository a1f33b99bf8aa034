package dk.careledger.domain.testfixtures;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Opslag;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Sagsfakta;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Other aggregates as a decider test declares them: a map per kind; everything else is unknown. */
public final class TestOpslag implements Opslag {
    private final Map<SagId, Sagsfakta> sager = new HashMap<>();
    private final Map<HenvendelseId, BorgerId> henvendelser = new HashMap<>();
    private final Map<BevillingId, BorgerId> bevillinger = new HashMap<>();
    private final Map<BevillingId, LocalDate> ophoersdatoer = new HashMap<>();

    public TestOpslag medSag(SagId sagId, Sagsfakta fakta) {
        sager.put(sagId, fakta);
        return this;
    }

    public TestOpslag medHenvendelse(HenvendelseId henvendelseId, BorgerId borgerId) {
        henvendelser.put(henvendelseId, borgerId);
        return this;
    }

    public TestOpslag medBevilling(BevillingId bevillingId, BorgerId borgerId) {
        bevillinger.put(bevillingId, borgerId);
        return this;
    }

    /** A bevilling that stopped: {@code ophoersdato} is its first day without help. */
    public TestOpslag medOphoertBevilling(BevillingId bevillingId, BorgerId borgerId, LocalDate ophoersdato) {
        bevillinger.put(bevillingId, borgerId);
        ophoersdatoer.put(bevillingId, ophoersdato);
        return this;
    }

    @Override
    public boolean bevillingLoeberEfter(BevillingId bevillingId, LocalDate dag) {
        LocalDate ophoer = ophoersdatoer.get(bevillingId);
        return bevillinger.containsKey(bevillingId) && (ophoer == null || ophoer.isAfter(dag.plusDays(1)));
    }

    @Override
    public Optional<Sagsfakta> sag(SagId sagId) {
        return Optional.ofNullable(sager.get(sagId));
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
