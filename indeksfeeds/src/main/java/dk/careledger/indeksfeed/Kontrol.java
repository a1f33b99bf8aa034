package dk.careledger.indeksfeed;

import java.util.List;

/**
 * Everything a registration must pass before it is offered to a receiver: its rendering validates against KOMBIT's
 * schema and it keeps the anvisning's rules a schema cannot express. Empty = deliverable.
 */
@FunctionalInterface
public interface Kontrol<T> {
    List<String> fejl(T registrering);
}
