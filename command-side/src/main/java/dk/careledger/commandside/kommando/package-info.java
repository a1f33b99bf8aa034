/**
 * Sending a command exactly once (ADR 0008): {@link Kommandoafsender} checks the client's command id against the
 * {@link KommandoLog}, puts the caller and ids into metadata ({@link Metadatanoegler}) and dispatches on Axon's command
 * bus; {@link KommandoLogInterceptor} records the id in the events' transaction, {@link AfvisningOverNoder} carries a
 * refusal back across nodes. {@link Kommandograense} bounds concurrent commands (ADR 0016), {@link Referencer} checks
 * ids in other aggregates, {@link LedgerCommandTargetResolver} and {@link Handlingskontekst} let the aggregate shells
 * stay free of annotations in core-domain (ADR 0003). Depends on core-domain, Axon and the citizen register
 * ({@code borger}); never on {@code api} or an aggregate shell.
 */
package dk.careledger.commandside.kommando;
