/**
 * Axon's runtime on PostgreSQL, wired explicitly (ADR 0006): {@link AxonInfrastructureConfig} builds the transaction
 * manager, the {@code JdbcEventStorageEngine} on the Flyway-owned tables ({@link LedgerSchema}), the
 * {@code RoutingStrategy} by aggregate id (ADR 0018) and the {@link Aggregatcache} (ADR 0015). The one stored JSON
 * shape is {@link EventJson} with {@link IdModule}, {@link CvrModule} and {@link StableOrderModule};
 * {@link LedgerRevisionResolver} gives Axon core-domain's {@code @Revision} (ADR 0005);
 * {@link PostgresDuplicateKeyResolver} turns a lost append race into Axon's {@code ConcurrencyException}. Knows no
 * aggregate and no controller.
 */
package dk.careledger.commandside.infra;
