package dk.careledger.arbejdsbyrde;

import dk.careledger.commandside.borger.Identtype;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Kryptering;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.domain.katalog.Kataloglaeser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic workload: a municipal care area's history of facts, generated from a seed and scaled by
 * {@link Parametre} (citizens, days, kommuner), for tests that need every kind of event and benchmarks that need
 * millions of them.
 *
 * <p>Every event comes from the real deciders: the generator builds commands and the aggregate's
 * {@code decide} turns them into events in the aggregate's current state, folded with its {@code evolve}. A refused
 * command is a bug in the generator and fails loudly ({@link GeneratorFejl}). The events come out in one global
 * order that is a valid interleaving (each aggregate's sequence numbers ascend from 0) and whose record times
 * ascend, as an event store would have them after the fact. The history streams: only the states of aggregates that
 * can still change are held, never the events, so ten million events need no more memory than ten thousand.
 *
 * <pre>{@code
 * Arbejdsbyrde byrde = Arbejdsbyrde.af(Parametre.af(42, 200, 180, 2));
 * byrde.borgere();                                    // register these first when texts must decrypt
 * byrde.haendelser(new SyntetiskKryptering()).forEach(...);
 * }</pre>
 *
 * The citizens are fixed by the seed before any event exists, so they can be registered (and given data keys)
 * before the events are encrypted. {@link Bulkindlaeser} writes a history into the event store in Axon's format.
 */
public final class Arbejdsbyrde {

    private final Parametre parametre;
    private final Katalog katalog;
    private final List<GenereretBorger> borgere;

    private Arbejdsbyrde(Parametre parametre, Katalog katalog) {
        this.parametre = Objects.requireNonNull(parametre, "parametre");
        this.katalog = Objects.requireNonNull(katalog, "katalog");
        this.borgere = Collections.unmodifiableList(genererBorgere(parametre));
    }

    /** The workload with the shipped catalogue ({@link Kataloglaeser#standard()}). */
    public static Arbejdsbyrde af(Parametre parametre) {
        return new Arbejdsbyrde(parametre, Kataloglaeser.standard());
    }

    public static Arbejdsbyrde af(Parametre parametre, Katalog katalog) {
        return new Arbejdsbyrde(parametre, katalog);
    }

    public Parametre parametre() {
        return parametre;
    }

    /** The citizens of the history, in a fixed order. */
    public List<GenereretBorger> borgere() {
        return borgere;
    }

    /**
     * A fresh run of the history, encrypting free text with {@code kryptering}. Every run of the same workload with
     * a deterministic kryptering yields the same events.
     */
    public Koersel koer(Kryptering kryptering) {
        return new Koersel(new Simulering(parametre, katalog, Objects.requireNonNull(kryptering, "kryptering"), borgere));
    }

    /** The events of a fresh run as a sequential stream. */
    public Stream<GenereretHaendelse> haendelser(Kryptering kryptering) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(koer(kryptering),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The independent random streams of a seed: citizens, ids, behaviour. */
    static SplittableRandom[] straenge(long seed) {
        SplittableRandom rod = new SplittableRandom(seed);
        return new SplittableRandom[] {rod.split(), rod.split(), rod.split()};
    }

    private static List<GenereretBorger> genererBorgere(Parametre parametre) {
        SplittableRandom rnd = straenge(parametre.seed())[0];
        List<Kommune> kommuner = parametre.kommuner();
        long indbyggere = kommuner.stream().mapToLong(Kommune::indbyggere).sum();
        Set<String> brugte = new HashSet<>();
        List<GenereretBorger> borgere = new ArrayList<>(parametre.antalBorgere());
        for (int i = 0; i < parametre.antalBorgere(); i++) {
            BorgerId id = new BorgerId(Motor.uuid(rnd));
            long x = rnd.nextLong(indbyggere);
            Kommune kommune = kommuner.get(kommuner.size() - 1);
            for (Kommune k : kommuner) {
                x -= k.indbyggere();
                if (x < 0) {
                    kommune = k;
                    break;
                }
            }
            double art = rnd.nextDouble();
            Identtype identtype = art < 0.03 ? Identtype.ANONYM : art < 0.07 ? Identtype.ERSTATNINGS_CPR : Identtype.CPR;
            LocalDate foedt = rnd.nextDouble() < 0.8 ? LocalDate.of(1925, 1, 1).plusDays(rnd.nextInt(35 * 365))
                    : LocalDate.of(1960, 1, 1).plusDays(rnd.nextInt(45 * 365));
            String identifikator = null;
            String navn = null;
            if (identtype != Identtype.ANONYM) {
                do {
                    identifikator = identifikator(identtype, foedt, rnd);
                } while (!brugte.add(identifikator));
                navn = Tekster.FORNAVNE[rnd.nextInt(Tekster.FORNAVNE.length)] + " "
                        + Tekster.EFTERNAVNE[rnd.nextInt(Tekster.EFTERNAVNE.length)];
            }
            borgere.add(new GenereretBorger(id, identtype, identifikator, navn, kommune));
        }
        return borgere;
    }

    private static String identifikator(Identtype identtype, LocalDate foedt, SplittableRandom rnd) {
        String dato = String.format("%02d%02d%02d", foedt.getDayOfMonth(), foedt.getMonthValue(), foedt.getYear() % 100);
        if (identtype == Identtype.CPR) {
            return dato + String.format("%04d", rnd.nextInt(10_000));
        }
        return dato + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26)) + String.format("%02d", rnd.nextInt(100));
    }
}
