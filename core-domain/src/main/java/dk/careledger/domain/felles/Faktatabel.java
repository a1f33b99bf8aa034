package dk.careledger.domain.felles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link Opslag} held in memory: the facts are put in by whoever knows them. The workload generator fills it from the
 * events it makes; decider tests declare the other aggregates they refer to. Not thread-safe.
 */
public final class Faktatabel implements Opslag {
    private final Map<SagId, Sagsfakta> sager = new HashMap<>();
    private final Map<HenvendelseId, BorgerId> henvendelser = new HashMap<>();
    private final Map<BevillingId, BorgerId> bevillinger = new HashMap<>();
    private final Map<BevillingId, LocalDate> foersteDagUden = new HashMap<>();

    public Faktatabel medSag(SagId sagId, Sagsfakta fakta) {
        sager.put(sagId, fakta);
        return this;
    }

    /** The sag with one more afgørelse; nothing when the sag is unknown. */
    public Faktatabel medAfgoerelse(SagId sagId, AfgoerelseId afgoerelseId, Sagsfakta.Afgoerelsesfakta afgoerelse) {
        Sagsfakta sag = sager.get(sagId);
        if (sag != null) {
            Map<AfgoerelseId, Sagsfakta.Afgoerelsesfakta> afgoerelser = new HashMap<>(sag.afgoerelser());
            afgoerelser.put(afgoerelseId, afgoerelse);
            sager.put(sagId, new Sagsfakta(sag.borgerId(), sag.opstaaetDato(), afgoerelser));
        }
        return this;
    }

    /** The afgørelse omgjort (ADR 0022); nothing when the sag or the afgørelse is unknown. */
    public Faktatabel medOmgjort(SagId sagId, AfgoerelseId afgoerelseId) {
        Sagsfakta sag = sager.get(sagId);
        Sagsfakta.Afgoerelsesfakta afgoerelse = sag == null ? null : sag.afgoerelser().get(afgoerelseId);
        if (afgoerelse != null) {
            medAfgoerelse(sagId, afgoerelseId, new Sagsfakta.Afgoerelsesfakta(afgoerelse.bevilger(), afgoerelse.truffetDato(), true));
        }
        return this;
    }

    public Faktatabel medHenvendelse(HenvendelseId henvendelseId, BorgerId borgerId) {
        henvendelser.put(henvendelseId, borgerId);
        return this;
    }

    public Faktatabel medBevilling(BevillingId bevillingId, BorgerId borgerId) {
        bevillinger.put(bevillingId, borgerId);
        return this;
    }

    /** The bevilling stops: {@code dag} is its first day without help (an ophør, or the day after a slutdato); the earliest counts. */
    public Faktatabel medSlut(BevillingId bevillingId, LocalDate dag) {
        foersteDagUden.merge(bevillingId, dag, (a, b) -> a.isBefore(b) ? a : b);
        return this;
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

    @Override
    public boolean bevillingLoeberEfter(BevillingId bevillingId, LocalDate dag) {
        LocalDate slut = foersteDagUden.get(bevillingId);
        return bevillinger.containsKey(bevillingId) && (slut == null || slut.isAfter(dag.plusDays(1)));
    }
}
