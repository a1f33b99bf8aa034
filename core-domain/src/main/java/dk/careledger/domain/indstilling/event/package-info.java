/**
 * The facts of a kommune's settings, one record per file under the sealed {@link KommuneindstillingEvent}:
 * {@link AfslutningspolitikFastsat}, {@link SagsbegrebFastsat}, {@link SagsbehandlingsfristFastsat},
 * {@link BorgerblikFastsat} (ADR 0021). Each has a {@code @Revision}, a {@code Registrering} and its virkning
 * {@code gyldigFra} (ADR 0005, 0010); the fully qualified names are stored in the event table, so they do not move
 * without an upcaster. JDK and {@code dk.careledger.domain} only ({@code CoreDomainArchitectureTest}).
 */
package dk.careledger.domain.indstilling.event;
