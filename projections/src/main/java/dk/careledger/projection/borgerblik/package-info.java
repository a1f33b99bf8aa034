/**
 * Borgerblikket (issue 4 item 5): what a citizen may see of their own sager on borger.dk, and each kommune's
 * configuration of it per KLE prefix ({@code borgerblik_konfiguration}). The view itself is composed at query time
 * ({@code dk.careledger.query.borgerblik}) from the sager projection, the policy configuration and the ydelsesindeks;
 * this package holds the configuration and the pure rules, so that the Sagsindeks feed can put a Visningsklasse on the
 * sager a kommune hides from the citizen ({@link dk.careledger.projection.borgerblik.BorgerblikKonfiguration#skjultForBorger})
 * by the same rows the view uses.
 */
package dk.careledger.projection.borgerblik;
