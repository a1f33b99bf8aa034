/**
 * Borgerblikket (issue 4 item 5): each kommune's configuration of what a citizen may see of their own sager, per KLE
 * prefix ({@code borgerblik_konfiguration}). The view itself is composed at query time ({@code dk.careledger.query.borgerblik});
 * the reader and the pure rules are published in {@code laesning}, so that the Sagsindeks feed puts a Visningsklasse
 * on the sager a kommune hides from the citizen by the same rows the view uses. Here: the configuration endpoint
 * ({@link BorgerblikindstillingController}) and its only writer ({@link Borgerblikskriver}) — kommune settings, which
 * issue 15 turns into facts.
 */
package dk.careledger.projection.borgerblik;
