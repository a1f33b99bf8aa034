package dk.careledger.domain.felles;

import java.util.Optional;

/**
 * Reads {@link KrypteretTekst} back. Empty when the citizen's key has been destroyed (the citizen was
 * forgotten): the fact remains, its personal text is gone. Implemented in command-side by the key vault;
 * read sides depend only on this interface.
 */
@FunctionalInterface
public interface Dekryptering {
    Optional<String> dekrypter(KrypteretTekst tekst);
}
