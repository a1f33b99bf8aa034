package dk.careledger.indeksfeed;

import java.util.Objects;

/**
 * How the citizen register identifies a citizen, as the feeds need it: the kind of identifier, the identifier, and the
 * name when the register has one. Held only while a delivery is rendered, never stored.
 *
 * <p>{@link #toString()} names the type only, so a CPR number or a name cannot reach a log line by accident.
 *
 * @param type          CPR, erstatnings-CPR or anonymous
 * @param identifikator the CPR number (10 digits) or the erstatningspersonnummer; null for an anonymous citizen
 * @param fuldtNavn     the citizen's full name, or null when the register has none. The Sags- og Dokumentindeks wants it
 *                      on every Sagspart ({@code FuldtNavn}, [OB3] "da navnet anvendes af modtagersystemer ved søgning"),
 *                      and it is the only identifier the anvisning allows for a person with no CPR number
 *                      ({@code urn:oio:fuldtnavn:})
 */
public record Personident(Identtype type, String identifikator, String fuldtNavn) {

    /** The kinds of identifier the register knows (mirrors the register's own {@code Identtype}). */
    public enum Identtype {
        /** A Danish CPR number (personnummer), 10 digits. */
        CPR,
        /** An erstatningspersonnummer for a person without CPR: six digits (ddmmåå) and four digits or capital letters. */
        ERSTATNINGS_CPR,
        /** An anonymous citizen (UC1 3.c1): no identifier at all. */
        ANONYM
    }

    public Personident {
        Objects.requireNonNull(type, "type");
        if (type != Identtype.ANONYM && (identifikator == null || identifikator.isBlank())) {
            throw new IllegalArgumentException("a " + type + " citizen needs an identifikator");
        }
    }

    /** Without a name (the register has none, or the caller does not look it up). */
    public Personident(Identtype type, String identifikator) {
        this(type, identifikator, null);
    }

    @Override
    public String toString() {
        return "Personident[type=" + type + "]";
    }
}
