/**
 * The sag read model's published types: a sag's state computed from its facts ({@code SagTilstand}) and its bitemporal fremdrift history ({@code Fremdriftshistorik}).
 *
 * <p>A published read API (ADR 0002, issue 12): the query side and the index feeds use a read model only through
 * its {@code laesning} package, and nothing here writes ({@code ModuleArchitectureTest}).
 */
package dk.careledger.projection.sag.laesning;
