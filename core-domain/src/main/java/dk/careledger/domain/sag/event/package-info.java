/**
 * The facts of the Sag aggregate, one record per file under the sealed {@link SagEvent}, e.g. {@link SagOprettet},
 * {@link TilstandVurderet}, {@link AfgoerelseTruffet}, {@link SagAfsluttet}. Each has a {@code @Revision} and a
 * {@code Registrering} (ADR 0005, 0010); the fully qualified names are stored in the event table, so they do not move
 * without an upcaster. JDK and {@code dk.careledger.domain} only ({@code CoreDomainArchitectureTest}); no CPR (ADR
 * 0009).
 */
package dk.careledger.domain.sag.event;
