/**
 * REST over the Ydelsesindeks read model: {@link YdelseController} serves {@link Ydelse} lists filtered by KLE
 * ({@link KleFilter}) and a {@link YdelseDetalje} with its {@link Leveringsperiode}s or
 * {@link OekonomiskeEffektueringer}; {@link Ydelseslaeser} reads the {@code ydelsesindeks} projection's tables, and
 * {@link Ydelsesstatus} is computed for the day asked, never stored. Never depends on the command side
 * ({@code ModuleArchitectureTest}, ADR 0002).
 */
package dk.careledger.query.ydelse;
