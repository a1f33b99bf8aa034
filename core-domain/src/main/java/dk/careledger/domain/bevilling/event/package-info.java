/**
 * The facts of the Bevilling aggregate, one record per file under the sealed {@link BevillingEvent}, past-tense Danish
 * names (ADR 0004), each with a {@code @Revision} and a {@code Registrering} (ADR 0005, 0010), e.g.
 * {@link BevillingGivet}, {@link LeveringUdfoert}, {@link OpfoelgningGennemfoert}. The fully qualified class names are
 * stored in {@code domain_event_entry.payload_type}: moving or renaming one needs an upcaster. May depend only on the
 * JDK and {@code dk.careledger.domain} ({@code CoreDomainArchitectureTest}); no CPR, only {@code BorgerId} (ADR 0009).
 */
package dk.careledger.domain.bevilling.event;
