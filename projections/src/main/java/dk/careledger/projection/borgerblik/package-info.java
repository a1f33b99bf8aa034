/**
 * Borgerblikket (issue 4 item 5): each kommune's configuration of what a citizen may see of their own sager, per KLE
 * prefix ({@code borgerblik_konfiguration}). The view itself is composed at query time ({@code dk.careledger.query.borgerblik});
 * the reader and the pure rules are published in {@code laesning}, so that the Sagsindeks feed puts a Visningsklasse
 * on the sager a kommune hides from the citizen by the same rows the view uses. Here: the projection of the kommune
 * settings' {@code BorgerblikFastsat} facts into the rows ({@link BorgerblikindstillingProjektion}, ADR 0021) and the
 * endpoints that read them ({@link BorgerblikindstillingController}).
 */
package dk.careledger.projection.borgerblik;
