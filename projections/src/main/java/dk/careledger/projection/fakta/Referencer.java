package dk.careledger.projection.fakta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An in-memory reference table: aggregate id (sag, bevilling or forløb) → the keys its facts belong to. Loaded from the
 * projection's reference table for one batch; records which references are new, so they can be stored.
 */
public final class Referencer {
    private final Map<UUID, Set<UUID>> refs = new LinkedHashMap<>();
    private final List<UUID[]> nye = new ArrayList<>();

    /** A known reference (from the database); not stored again. */
    public void kendt(UUID ref, UUID noegle) {
        refs.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(noegle);
    }

    /** A reference created by a fact; remembered as new unless it was known. */
    public void tilfoej(UUID ref, UUID noegle) {
        if (ref == null || noegle == null) {
            return;
        }
        if (refs.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(noegle)) {
            nye.add(new UUID[] {ref, noegle});
        }
    }

    public Set<UUID> af(UUID ref) {
        Set<UUID> s = ref == null ? null : refs.get(ref);
        return s == null ? Set.of() : Set.copyOf(s);
    }

    /** The references added since loading: (ref, key) pairs. */
    public List<UUID[]> nye() {
        return List.copyOf(nye);
    }
}
