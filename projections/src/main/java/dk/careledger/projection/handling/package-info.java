/**
 * Projection {@code handlinger} (issue 17 item 3): one row per fact with who recorded it, when, on what, for which
 * citizen and sag unit, and why where the fact says. {@link dk.careledger.projection.handling.HandlingProjektion} reads
 * every event generically (its {@code registrering}, {@code borgerId}, {@code ansvarligEnhed}, {@code sagId} and
 * {@code aarsag} components), so a new kind of fact is listed without a change here.
 */
package dk.careledger.projection.handling;
