/**
 * Axon's shell for the Henvendelse aggregate (ADR 0003, 0007): {@link HenvendelseAggregate} passes every
 * {@code HenvendelseCommand} to the pure {@code HenvendelseDecider} and folds the events into {@code HenvendelseState}.
 * No rules here; depends on core-domain and {@code kommando} only.
 */
package dk.careledger.commandside.henvendelse;
