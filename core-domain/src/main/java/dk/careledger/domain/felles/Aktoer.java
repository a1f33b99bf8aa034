package dk.careledger.domain.felles;

import java.util.Objects;

/**
 * Who acted: a user id from the organisation system (or an IT-system id) and the role in which they acted.
 * Caseworker ids are not citizen data; they are kept in plaintext so that auditors can see who did what.
 */
public record Aktoer(String brugerId, Rolle rolle) {
    public Aktoer {
        Objects.requireNonNull(brugerId, "brugerId");
        Objects.requireNonNull(rolle, "rolle");
    }
}
