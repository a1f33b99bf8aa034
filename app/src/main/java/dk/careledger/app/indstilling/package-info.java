/**
 * The one-time migration that turns the kommune settings stored as rows into the first facts of each kommune's settings
 * aggregate ({@link KommuneindstillingerSomFakta}, ADR 0021).
 */
package dk.careledger.app.indstilling;
