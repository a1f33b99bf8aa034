/**
 * Projection {@code sager} (issue 3): per sag the Sags- og Dokumentindeks fields, its periods i bero and its bitemporal
 * fremdrift history (virkning × registrering, ADR 0010) under every closing {@link Politik}. {@link SagerProjektion}
 * keeps the facts ({@code fakta}) and folds them in {@link SagTilstand} into a {@link Fremdriftshistorik};
 * {@link Sagsbegreb} names the case-concept variants (ADR 0014). Sub-packages: {@code fakta} (stored facts),
 * {@code politik} (the kommune's configuration), {@code sagsbegreb} (the variants' sag lists).
 */
package dk.careledger.projection.sag;
