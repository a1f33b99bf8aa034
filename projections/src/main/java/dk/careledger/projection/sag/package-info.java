/**
 * Projection {@code sager} (issue 3): per sag the Sags- og Dokumentindeks fields, its periods i bero and its bitemporal
 * fremdrift history (virkning × registrering, ADR 0010) under every closing policy. {@link SagerProjektion} keeps the
 * facts ({@code projection.fakta}) and folds them in {@code SagTilstand} into a {@code Fremdriftshistorik}; its
 * published types are in {@code laesning}. Sub-packages: {@code politik} (the kommune's configuration),
 * {@code sagsbegreb} (the variants' sag lists, ADR 0014).
 */
package dk.careledger.projection.sag;
