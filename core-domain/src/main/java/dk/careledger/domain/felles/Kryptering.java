package dk.careledger.domain.felles;

/**
 * The port through which deciders turn a command's plaintext into {@link KrypteretTekst}. Implemented in
 * command-side by the key vault; tests use a deterministic stand-in.
 */
@FunctionalInterface
public interface Kryptering {
    /** Encrypts {@code klartekst} with the key of {@code ejer}; null or blank text gives null. */
    KrypteretTekst krypter(BorgerId ejer, String klartekst);
}
