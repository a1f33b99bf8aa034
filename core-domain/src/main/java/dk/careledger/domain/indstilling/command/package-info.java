/**
 * The commands of the kommune settings ({@link KommuneindstillingCommand}): {@link FastsaetPolitik},
 * {@link FastsaetSagsbehandlingsfrist}, {@link FastsaetBorgerblik} (ADR 0021). JDK and {@code dk.careledger.domain} only.
 */
package dk.careledger.domain.indstilling.command;
