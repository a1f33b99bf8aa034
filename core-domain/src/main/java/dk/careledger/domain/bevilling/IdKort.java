package dk.careledger.domain.bevilling;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An immutable map from ids to values that shares structure between versions, so that {@link #med(UUID, Object)} costs
 * O(log₃₂ n) instead of copying the whole map. A bevilling for daily home care collects thousands of leveringer over
 * the years; with a copied {@code HashMap} per event a replay would cost O(n²).
 *
 * <p>A hash array mapped trie keyed on {@link UUID#hashCode()}: five hash bits per level, seven levels, and a plain
 * array for whole-hash collisions below that. It is a read-only {@link Map}: the mutators of {@link AbstractMap} throw
 * {@link UnsupportedOperationException}, and {@code equals}/{@code hashCode} follow the {@link Map} contract.
 *
 * @param <V> the value kept for each id
 */
final class IdKort<V> extends AbstractMap<UUID, V> {

    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final IdKort<?> TOM = new IdKort<>(new Gren(0, new Object[0]), 0);

    private final Gren rod;
    private final int stoerrelse;

    private IdKort(Gren rod, int stoerrelse) {
        this.rod = rod;
        this.stoerrelse = stoerrelse;
    }

    /** The empty map. */
    @SuppressWarnings("unchecked")
    static <V> IdKort<V> tom() {
        return (IdKort<V>) TOM;
    }

    /** {@code kort} as an IdKort: itself when it already is one, else a copy (e.g. a map read back from JSON). */
    static <V> IdKort<V> af(Map<UUID, V> kort) {
        if (kort instanceof IdKort<V> idKort) {
            return idKort;
        }
        IdKort<V> resultat = tom();
        for (Map.Entry<UUID, V> post : kort.entrySet()) {
            resultat = resultat.med(post.getKey(), post.getValue());
        }
        return resultat;
    }

    /** This map with {@code id} mapped to {@code vaerdi}; this very map when it already maps it so. */
    IdKort<V> med(UUID id, V vaerdi) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vaerdi, "vaerdi");
        boolean[] ny = {false};
        Gren nyRod = rod.med(new Post(id, vaerdi), id.hashCode(), 0, ny);
        return nyRod == rod ? this : new IdKort<>(nyRod, ny[0] ? stoerrelse + 1 : stoerrelse);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object o) {
        if (!(o instanceof UUID id)) {
            return null;
        }
        Post post = rod.find(id, id.hashCode(), 0);
        return post == null ? null : (V) post.vaerdi;
    }

    @Override
    public boolean containsKey(Object o) {
        return get(o) != null;
    }

    @Override
    public int size() {
        return stoerrelse;
    }

    @Override
    public Set<Map.Entry<UUID, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            @SuppressWarnings("unchecked")
            public Iterator<Map.Entry<UUID, V>> iterator() {
                List<Post> alle = new ArrayList<>(stoerrelse);
                rod.samlI(alle);
                List<Map.Entry<UUID, V>> poster = new ArrayList<>(alle.size());
                for (Post post : alle) {
                    poster.add(Map.entry(post.id, (V) post.vaerdi));
                }
                return Collections.unmodifiableList(poster).iterator();
            }

            @Override
            public int size() {
                return stoerrelse;
            }
        };
    }

    /** One id and its value. */
    private record Post(UUID id, Object vaerdi) {
    }

    /** A trie node: a bitmap of the occupied 5-bit slots and, packed, either a post or a child node per slot. */
    private static final class Gren {
        private final int bitmap;
        private final Object[] pladser;

        Gren(int bitmap, Object[] pladser) {
            this.bitmap = bitmap;
            this.pladser = pladser;
        }

        Post find(UUID id, int hash, int skift) {
            int bit = 1 << ((hash >>> skift) & MASK);
            if ((bitmap & bit) == 0) {
                return null;
            }
            Object plads = pladser[Integer.bitCount(bitmap & (bit - 1))];
            if (plads instanceof Post post) {
                return post.id.equals(id) ? post : null;
            }
            if (plads instanceof Gren gren) {
                return gren.find(id, hash, skift + BITS);
            }
            return ((Kollision) plads).find(id);
        }

        Gren med(Post post, int hash, int skift, boolean[] ny) {
            int bit = 1 << ((hash >>> skift) & MASK);
            int index = Integer.bitCount(bitmap & (bit - 1));
            if ((bitmap & bit) == 0) {
                Object[] nye = new Object[pladser.length + 1];
                System.arraycopy(pladser, 0, nye, 0, index);
                nye[index] = post;
                System.arraycopy(pladser, index, nye, index + 1, pladser.length - index);
                ny[0] = true;
                return new Gren(bitmap | bit, nye);
            }
            Object plads = pladser[index];
            Object nyPlads;
            if (plads instanceof Post gammel) {
                if (gammel.id.equals(post.id)) {
                    if (gammel.vaerdi.equals(post.vaerdi)) {
                        return this;
                    }
                    nyPlads = post;
                } else {
                    ny[0] = true;
                    nyPlads = par(gammel, gammel.id.hashCode(), post, hash, skift + BITS);
                }
            } else if (plads instanceof Gren gren) {
                Gren nyGren = gren.med(post, hash, skift + BITS, ny);
                if (nyGren == gren) {
                    return this;
                }
                nyPlads = nyGren;
            } else {
                Kollision kollision = (Kollision) plads;
                Kollision nyKollision = kollision.med(post, ny);
                if (nyKollision == kollision) {
                    return this;
                }
                nyPlads = nyKollision;
            }
            Object[] nye = pladser.clone();
            nye[index] = nyPlads;
            return new Gren(bitmap, nye);
        }

        /** A node holding two posts with different ids whose hashes agree below {@code skift}. */
        private static Object par(Post a, int hashA, Post b, int hashB, int skift) {
            if (skift >= Integer.SIZE) {
                return new Kollision(new Post[] {a, b});
            }
            int delA = (hashA >>> skift) & MASK;
            int delB = (hashB >>> skift) & MASK;
            if (delA == delB) {
                return new Gren(1 << delA, new Object[] {par(a, hashA, b, hashB, skift + BITS)});
            }
            Object[] pladser = delA < delB ? new Object[] {a, b} : new Object[] {b, a};
            return new Gren((1 << delA) | (1 << delB), pladser);
        }

        void samlI(List<Post> alle) {
            for (Object plads : pladser) {
                if (plads instanceof Post post) {
                    alle.add(post);
                } else if (plads instanceof Gren gren) {
                    gren.samlI(alle);
                } else {
                    alle.addAll(Arrays.asList(((Kollision) plads).poster));
                }
            }
        }
    }

    /** Posts whose ids' 32-bit hashes are equal: kept in a small array. */
    private static final class Kollision {
        private final Post[] poster;

        Kollision(Post[] poster) {
            this.poster = poster;
        }

        Post find(UUID id) {
            for (Post post : poster) {
                if (post.id.equals(id)) {
                    return post;
                }
            }
            return null;
        }

        Kollision med(Post post, boolean[] ny) {
            for (int i = 0; i < poster.length; i++) {
                if (poster[i].id.equals(post.id)) {
                    if (poster[i].vaerdi.equals(post.vaerdi)) {
                        return this;
                    }
                    Post[] nye = poster.clone();
                    nye[i] = post;
                    return new Kollision(nye);
                }
            }
            Post[] nye = Arrays.copyOf(poster, poster.length + 1);
            nye[poster.length] = post;
            ny[0] = true;
            return new Kollision(nye);
        }
    }
}
