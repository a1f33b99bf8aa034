package dk.careledger.domain.bevilling;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An immutable set of ids that shares structure between versions, so that {@link #med(UUID)} costs
 * O(log₃₂ n) instead of copying the whole set. A bevilling for daily home care collects thousands of
 * levering ids over the years; with a copied {@code HashSet} per event a replay would cost O(n²).
 *
 * <p>A hash array mapped trie keyed on {@link UUID#hashCode()}: five hash bits per level, seven levels, and a
 * plain array for whole-hash collisions below that. It is a read-only {@link Set}: the mutators of
 * {@link AbstractSet} throw {@link UnsupportedOperationException}, and {@code equals}/{@code hashCode} follow
 * the {@link Set} contract, so it compares equal to any set of the same ids.
 */
final class IdSaet extends AbstractSet<UUID> {

    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final IdSaet TOM = new IdSaet(new Gren(0, new Object[0]), 0);

    private final Gren rod;
    private final int stoerrelse;

    private IdSaet(Gren rod, int stoerrelse) {
        this.rod = rod;
        this.stoerrelse = stoerrelse;
    }

    /** The empty set. */
    static IdSaet tom() {
        return TOM;
    }

    /**
     * {@code ids} as an IdSaet: itself when it already is one, else a copy (e.g. after a snapshot was read
     * back into a plain {@code HashSet}).
     */
    static IdSaet af(Collection<UUID> ids) {
        if (ids instanceof IdSaet saet) {
            return saet;
        }
        IdSaet resultat = TOM;
        for (UUID id : ids) {
            resultat = resultat.med(id);
        }
        return resultat;
    }

    /** This set plus {@code id}; this very set when {@code id} is already in it. */
    IdSaet med(UUID id) {
        Objects.requireNonNull(id, "id");
        Gren ny = rod.med(id, id.hashCode(), 0);
        return ny == rod ? this : new IdSaet(ny, stoerrelse + 1);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof UUID id && rod.indeholder(id, id.hashCode(), 0);
    }

    @Override
    public int size() {
        return stoerrelse;
    }

    @Override
    public Iterator<UUID> iterator() {
        List<UUID> alle = new ArrayList<>(stoerrelse);
        rod.samlI(alle);
        return java.util.Collections.unmodifiableList(alle).iterator();
    }

    /** A trie node: a bitmap of the occupied 5-bit slots and, packed, either an id or a child node per slot. */
    private static final class Gren {
        private final int bitmap;
        private final Object[] pladser;

        Gren(int bitmap, Object[] pladser) {
            this.bitmap = bitmap;
            this.pladser = pladser;
        }

        boolean indeholder(UUID id, int hash, int skift) {
            int bit = 1 << ((hash >>> skift) & MASK);
            if ((bitmap & bit) == 0) {
                return false;
            }
            Object plads = pladser[Integer.bitCount(bitmap & (bit - 1))];
            if (plads instanceof UUID u) {
                return u.equals(id);
            }
            if (plads instanceof Gren gren) {
                return gren.indeholder(id, hash, skift + BITS);
            }
            return ((Kollision) plads).indeholder(id);
        }

        Gren med(UUID id, int hash, int skift) {
            int bit = 1 << ((hash >>> skift) & MASK);
            int index = Integer.bitCount(bitmap & (bit - 1));
            if ((bitmap & bit) == 0) {
                Object[] nye = new Object[pladser.length + 1];
                System.arraycopy(pladser, 0, nye, 0, index);
                nye[index] = id;
                System.arraycopy(pladser, index, nye, index + 1, pladser.length - index);
                return new Gren(bitmap | bit, nye);
            }
            Object plads = pladser[index];
            Object nyPlads;
            if (plads instanceof UUID u) {
                if (u.equals(id)) {
                    return this;
                }
                nyPlads = par(u, u.hashCode(), id, hash, skift + BITS);
            } else if (plads instanceof Gren gren) {
                Gren nyGren = gren.med(id, hash, skift + BITS);
                if (nyGren == gren) {
                    return this;
                }
                nyPlads = nyGren;
            } else {
                Kollision kollision = (Kollision) plads;
                if (kollision.indeholder(id)) {
                    return this;
                }
                nyPlads = kollision.med(id);
            }
            Object[] nye = pladser.clone();
            nye[index] = nyPlads;
            return new Gren(bitmap, nye);
        }

        /** A node holding two different ids whose hashes agree below {@code skift}. */
        private static Object par(UUID a, int hashA, UUID b, int hashB, int skift) {
            if (skift >= Integer.SIZE) {
                return new Kollision(new UUID[] {a, b});
            }
            int delA = (hashA >>> skift) & MASK;
            int delB = (hashB >>> skift) & MASK;
            if (delA == delB) {
                return new Gren(1 << delA, new Object[] {par(a, hashA, b, hashB, skift + BITS)});
            }
            Object[] pladser = delA < delB ? new Object[] {a, b} : new Object[] {b, a};
            return new Gren((1 << delA) | (1 << delB), pladser);
        }

        void samlI(List<UUID> alle) {
            for (Object plads : pladser) {
                if (plads instanceof UUID u) {
                    alle.add(u);
                } else if (plads instanceof Gren gren) {
                    gren.samlI(alle);
                } else {
                    alle.addAll(Arrays.asList(((Kollision) plads).ids));
                }
            }
        }
    }

    /** Ids whose 32-bit hashes are equal: kept in a small array. */
    private static final class Kollision {
        private final UUID[] ids;

        Kollision(UUID[] ids) {
            this.ids = ids;
        }

        boolean indeholder(UUID id) {
            for (UUID u : ids) {
                if (u.equals(id)) {
                    return true;
                }
            }
            return false;
        }

        Kollision med(UUID id) {
            UUID[] nye = Arrays.copyOf(ids, ids.length + 1);
            nye[ids.length] = id;
            return new Kollision(nye);
        }
    }
}
