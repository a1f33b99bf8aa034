package dk.careledger.domain.felles;

import java.util.UUID;

/** A typed identifier. Every implementation is a one-field record whose {@code toString()} is the raw UUID. */
public interface Id {
    UUID value();
}
