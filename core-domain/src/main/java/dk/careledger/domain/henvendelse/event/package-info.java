/**
 * The facts of the Henvendelse aggregate, one record per file under the sealed {@link HenvendelseEvent}:
 * {@link HenvendelseModtaget}, {@link HenvendelseAfklaret}, {@link HenvendelseHaandteret}. Each has a {@code @Revision}
 * and a {@code Registrering} (ADR 0005, 0010); the fully qualified names are stored in the event table, so they do not
 * move without an upcaster. JDK and {@code dk.careledger.domain} only ({@code CoreDomainArchitectureTest}).
 */
package dk.careledger.domain.henvendelse.event;
