package dk.careledger.domain.bevilling;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;

/**
 * An immutable set of ids that shares structure between versions, so that {@link #med(UUID)} costs O(log₃₂ n) instead
 * of copying the whole set: the keys of an {@link IdKort}. It is a read-only {@link Set}: the mutators of
 * {@link AbstractSet} throw {@link UnsupportedOperationException}, and {@code equals}/{@code hashCode} follow the
 * {@link Set} contract, so it compares equal to any set of the same ids.
 */
final class IdSaet extends AbstractSet<UUID> {

    private static final IdSaet TOM = new IdSaet(IdKort.tom());

    private final IdKort<Boolean> kort;

    private IdSaet(IdKort<Boolean> kort) {
        this.kort = kort;
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
        IdKort<Boolean> nyt = kort.med(id, Boolean.TRUE);
        return nyt == kort ? this : new IdSaet(nyt);
    }

    @Override
    public boolean contains(Object o) {
        return kort.containsKey(o);
    }

    @Override
    public int size() {
        return kort.size();
    }

    @Override
    public Iterator<UUID> iterator() {
        return kort.keySet().iterator();
    }
}
