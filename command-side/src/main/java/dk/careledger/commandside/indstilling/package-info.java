/**
 * The Axon shell of a kommune's settings ({@link KommuneindstillingAggregate}, ADR 0021); the rules are in
 * {@code dk.careledger.domain.indstilling}.
 */
package dk.careledger.commandside.indstilling;
