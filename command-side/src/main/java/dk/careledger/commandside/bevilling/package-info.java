/**
 * Axon's shell for the Bevilling aggregate (ADR 0003, 0007): {@link BevillingAggregate} passes every
 * {@code BevillingCommand} to the pure {@code BevillingDecider}, applies the events it returns and folds them into
 * {@code BevillingState}; it is cached by {@code Aggregatcache} (ADR 0015). {@link RevisitationsProces} (configured by
 * {@link RevisitationsProcesConfig}) reacts to an FSIII E4 opfølgning by sending {@code StartRevisitation} to
 * the sag. No rules here; depends on core-domain and {@code kommando}, and (as every command-side capability) on no
 * other in a cycle.
 */
package dk.careledger.commandside.bevilling;
