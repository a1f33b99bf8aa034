package dk.careledger.domain.adgang;

import java.util.Collection;
import java.util.UUID;

/**
 * The access log (SUL § 42 a, ADR 0019): every read of a citizen's personal data leaves one append-only row per
 * citizen shown, naming the user, role, kommune, the view and the ids read. The port is here so that every module's
 * read endpoints can call it; the application implements it (a batch insert in the request's transaction-free path).
 */
public interface Laesningslog {
    /**
     * Records that {@code bruger} read {@code visning} (e.g. {@code borgeroverblik}), about {@code reference} (the id in
     * the path, or null), showing the citizens {@code borgere}. Nothing is written when {@code borgere} is empty.
     */
    void laest(Bruger bruger, String visning, String reference, Collection<UUID> borgere);
}
