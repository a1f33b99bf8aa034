/**
 * Each kommune's closing policy and case concept per KLE prefix, from a date (ADR 0014): the projection
 * {@link PolitikindstillingProjektion} of the kommune settings' facts into {@code sag_politik_konfiguration} (ADR 0021),
 * and the report of what a change would do ({@link PolitikAendring}, {@link PolitikAendringsrapport}, also from the command
 * line, {@link PolitikAendringFraKommandolinjen}); the change itself is a command. The reader and the rows are published
 * in {@code laesning}.
 */
package dk.careledger.projection.sag.politik;
