/**
 * The projections' shared JDBC tools: {@link Masseskrivning} writes many rows in one {@code INSERT … SELECT FROM
 * unnest(…) ON CONFLICT} statement (the upserts that let a rebuild reach its rate, ADR 0012), and {@link Sqlvaerdi}
 * gives typed batch parameters and column readers. Depends on Spring JDBC and the JDK only; no read model, no event.
 */
package dk.careledger.projection.jdbc;
