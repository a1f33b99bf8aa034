/**
 * The default database (ADR 0017): when no {@code LEDGER_DB_URL} is set ({@link NoDatabaseConfiguredCondition}),
 * {@link EmbeddedDatabaseConfig} starts a real PostgreSQL 15 ({@link LedgerPostgres}) with its cluster under
 * {@code ledger.data-dir} ({@link EmbeddedDatabaseProperties}), fsync on and a password, running even as root through
 * {@link RootUserNamespace}. {@link LedgerPostgres} is plain Java without Spring, so test support can share it. Knows
 * no domain, command or projection class.
 */
package dk.careledger.app.embedded;
