/**
 * Axon's shell for the Forløb aggregate (ADR 0003, 0007): {@link ForloebAggregate} passes every {@code ForloebCommand}
 * to the pure {@code ForloebDecider} and folds the events into {@code ForloebState}. No rules here; depends on
 * core-domain and {@code kommando} only.
 */
package dk.careledger.commandside.forloeb;
