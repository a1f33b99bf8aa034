package dk.careledger.projection.motor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Holes in the global index that will never be filled: a transaction that took a value of {@code global_index}'s
 * sequence and rolled back (or was killed mid-commit) leaves it unused for ever, and a gap-aware token that saw the
 * hole keeps it as a gap. Axon's {@code covers} then never lets that token cover a token without the gap (the head
 * token has none), so "caught up" and a rebuild's handover would wait for ever.
 *
 * <p>The rule here: {@code a} covers {@code b} when Axon says so, or when {@code a}'s index is at least {@code b}'s and
 * none of {@code a}'s gaps that {@code b} does not have (at or below {@code b}'s index) holds an event now. A hole an
 * in-flight transaction will still fill therefore does not block either: covering means having processed everything
 * stored when it was asked. The check costs one query, and only when Axon's {@code covers} said no.
 */
@Component
class Huller {
    private final JdbcTemplate jdbc;

    Huller(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when {@code a} has seen everything stored that {@code b} has; nothing covers "something" but something. */
    boolean daekker(TrackingToken a, TrackingToken b) {
        return daekker(java.util.Collections.singletonList(a), b)[0];
    }

    /** {@link #daekker(TrackingToken, TrackingToken)} for several tokens (null for none), with one query at most. */
    boolean[] daekker(List<TrackingToken> tokens, TrackingToken b) {
        boolean[] svar = new boolean[tokens.size()];
        List<Set<Long>> ekstra = new ArrayList<>(tokens.size());
        Set<Long> alle = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            TrackingToken a = tokens.get(i);
            ekstra.add(null);
            if (b == null || (a != null && a.covers(b))) {
                svar[i] = true;
            } else if (a != null) {
                Set<Long> huller = ekstraHuller(a, b);
                if (huller != null) {
                    ekstra.set(i, huller);
                    alle.addAll(huller);
                }
            }
        }
        if (alle.isEmpty()) {
            for (int i = 0; i < svar.length; i++) {
                svar[i] |= ekstra.get(i) != null;
            }
            return svar;
        }
        Set<Long> fyldte = fyldte(alle);
        for (int i = 0; i < svar.length; i++) {
            if (ekstra.get(i) != null) {
                svar[i] = ekstra.get(i).stream().noneMatch(fyldte::contains);
            }
        }
        return svar;
    }

    /**
     * {@code a} without its gaps that {@code b} does not have and that hold no event now: the token a rebuild hands to
     * the live runner, so that it covers the live runner's later tokens too (a gap kept in one token only would make it
     * apply an event it already had).
     */
    TrackingToken udenTommeHuller(TrackingToken a, TrackingToken b) {
        if (!(a instanceof GapAwareTrackingToken ga) || b == null) {
            return a;
        }
        Set<Long> huller = ekstraHuller(a, b);
        if (huller == null || huller.isEmpty()) {
            return a;
        }
        Set<Long> fyldte = fyldte(huller);
        SortedSet<Long> tilbage = new TreeSet<>(ga.getGaps());
        for (Long h : huller) {
            if (!fyldte.contains(h)) {
                tilbage.remove(h);
            }
        }
        return tilbage.size() == ga.getGaps().size() ? a : GapAwareTrackingToken.newInstance(ga.getIndex(), tilbage);
    }

    /** The gaps of {@code a} at or below {@code b}'s index that {@code b} does not have; null when {@code a} is behind {@code b}. */
    private static Set<Long> ekstraHuller(TrackingToken a, TrackingToken b) {
        if (!(a instanceof GapAwareTrackingToken ga) || !(b instanceof GapAwareTrackingToken gb) || ga.getIndex() < gb.getIndex()) {
            return null;
        }
        Set<Long> huller = new HashSet<>();
        for (Long h : ga.getGaps().headSet(gb.getIndex() + 1)) {
            if (!gb.getGaps().contains(h)) {
                huller.add(h);
            }
        }
        return huller;
    }

    /** Which of {@code indekser} hold an event now. */
    private Set<Long> fyldte(Set<Long> indekser) {
        Long[] soeg = indekser.toArray(new Long[0]);
        Set<Long> fyldte = new HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT global_index FROM domain_event_entry WHERE global_index = ANY(?)");
            ps.setArray(1, con.createArrayOf("bigint", soeg));
            return ps;
        }, rs -> {
            fyldte.add(rs.getLong(1));
        });
        return fyldte;
    }
}
