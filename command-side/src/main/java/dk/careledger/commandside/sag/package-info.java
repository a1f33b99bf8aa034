/**
 * Axon's shell for the Sag aggregate (ADR 0003, 0007): {@link SagAggregate} passes every {@code SagCommand} to the pure
 * {@code SagDecider} and folds the events into {@code SagState}. {@link Sagsnumre} issues the KLE-style sagsnummer that
 * an {@code OpretSag} is completed with just before it is sent, one counter per kommune and year. No rules here;
 * depends on core-domain and {@code kommando}.
 */
package dk.careledger.commandside.sag;
