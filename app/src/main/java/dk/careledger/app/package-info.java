/**
 * The one deployable: {@link CareLedgerApplication} boots Spring with every module's beans (command side, projections,
 * query side) in one JVM on one PostgreSQL (ADR 0002). Sub-packages wire what needs more than one module: the embedded
 * database ({@code embedded}) and the index feeds' access to the citizen register ({@code feed}). This is the only
 * module allowed to see {@code dk.careledger.query}, and its tests hold the cross-module architecture rules
 * ({@code ModuleArchitectureTest}).
 */
package dk.careledger.app;
