package dk.careledger.arbejdsbyrde;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.Kryptering;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.katalog.Katalog;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The generator's machinery, free of any story: a queue of actions ordered by the moment they are recorded, the
 * simulated clock that stamps every registrering, the id source, and the one way an event comes to be — a command
 * decided by the aggregate's decider in its current state, the events folded back with {@code evolve} and queued
 * for output with the next sequence number.
 *
 * <p>The clock only moves forward: a command is recorded at the moment its action was planned for, or 1 ms after
 * the previous command if that is later. So the output order (the future global index order) is also record-time
 * order, and a levering recorded late is simply an action planned days after the visit.
 */
final class Motor {

    private final Katalog katalog;
    private final Kryptering kryptering;
    private final SplittableRandom ider;
    private final PriorityQueue<Handling> koe = new PriorityQueue<>();
    private final ArrayDeque<GenereretHaendelse> ud = new ArrayDeque<>();
    private final Map<String, Aggregat<?, ?, ?>> alle;
    /** What the deciders may read of other aggregates (ADR 0020), kept from the events as they are made. */
    private final Faktaindeks fakta = new Faktaindeks();
    private long naesteNr;
    private long ur = Long.MIN_VALUE;
    private long nu = Long.MIN_VALUE;
    private long antal;

    Motor(Katalog katalog, Kryptering kryptering, SplittableRandom ider, boolean beholdAlle) {
        this.katalog = katalog;
        this.kryptering = kryptering;
        this.ider = ider;
        this.alle = beholdAlle ? new LinkedHashMap<>() : null;
    }

    /** A planned action: run at {@code tid} (epoch ms), ties in the order planned. */
    private record Handling(long tid, long nr, Runnable handling) implements Comparable<Handling> {
        @Override
        public int compareTo(Handling o) {
            int c = Long.compare(tid, o.tid);
            return c != 0 ? c : Long.compare(nr, o.nr);
        }
    }

    Katalog katalog() {
        return katalog;
    }

    /** A fresh random (version 4) UUID from the seed. */
    UUID uuid() {
        return uuid(ider);
    }

    static UUID uuid(SplittableRandom rnd) {
        long hoej = (rnd.nextLong() & 0xFFFF_FFFF_FFFF_0FFFL) | 0x0000_0000_0000_4000L;
        long lav = (rnd.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(hoej, lav);
    }

    <S, C, E> Aggregat<S, C, E> nyt(Aggregattype type, String id, Aggregat.Regler<S, C, E> regler) {
        Aggregat<S, C, E> aggregat = new Aggregat<>(type, id, regler);
        if (alle != null) {
            alle.put(id, aggregat);
        }
        return aggregat;
    }

    void planlaeg(long tid, Runnable handling) {
        koe.add(new Handling(tid, naesteNr++, handling));
    }

    /** Runs the next action if it is due before {@code graense}; false when none is. */
    boolean koerNaeste(long graense) {
        Handling naeste = koe.peek();
        if (naeste == null || naeste.tid >= graense) {
            return false;
        }
        koe.poll();
        nu = naeste.tid;
        naeste.handling.run();
        return true;
    }

    /** A new simulated day begins at {@code dagStart}: nothing later is recorded before it. */
    void nyDag(long dagStart) {
        ur = Math.max(ur, dagStart - 1);
        nu = dagStart;
    }

    /** The time the running action was planned for. */
    long nu() {
        return nu;
    }

    /**
     * Decides the command on the aggregate as the given actor of the given kommune, records the events and returns
     * them. A refusal is a {@link GeneratorFejl}.
     */
    <S, C, E> List<E> udfoer(Aggregat<S, C, E> aggregat, C kommando, Cvr kommune, Aktoer aktoer) {
        ur = Math.max(ur + 1, nu);
        Kontekst kontekst = new Kontekst(new Registrering(kommune, aktoer, Instant.ofEpochMilli(ur)), katalog, kryptering, fakta.opslag(),
                Kontekst.STANDARD_FREMTIDSTOLERANCE);
        List<E> haendelser;
        try {
            haendelser = aggregat.regler.decide(aggregat.tilstand, kommando, kontekst);
        } catch (Afvisning afvisning) {
            throw new GeneratorFejl(aggregat.type.lagretType() + " " + aggregat.id, kommando, aggregat.tilstand, afvisning);
        }
        UUID kommandoId = uuid();
        for (E haendelse : haendelser) {
            aggregat.tilstand = aggregat.regler.evolve(aggregat.tilstand, haendelse);
            fakta.husk(haendelse);
            ud.add(new GenereretHaendelse(aggregat.id, aggregat.type.lagretType(), aggregat.naesteSekvens++,
                    (Record) haendelse, uuid(), kommandoId));
            antal++;
        }
        return haendelser;
    }

    boolean harUdgang() {
        return !ud.isEmpty();
    }

    GenereretHaendelse tagUdgang() {
        return ud.poll();
    }

    long antal() {
        return antal;
    }

    /** One aggregate's state, when kept; else null. */
    Object tilstand(String aggregatId) {
        Aggregat<?, ?, ?> aggregat = alle == null ? null : alle.get(aggregatId);
        return aggregat == null ? null : aggregat.tilstand;
    }

    /** Every aggregate's state, when kept ({@link Parametre#beholdTilstande()}); else empty. */
    Map<String, Object> tilstande() {
        Map<String, Object> tilstande = new LinkedHashMap<>();
        if (alle != null) {
            alle.forEach((id, aggregat) -> tilstande.put(id, aggregat.tilstand));
        }
        return tilstande;
    }
}
