/**
 * What the pages show, in Danish: dates as {@code 7. december 2026}, times in Europe/Copenhagen
 * ({@link dk.careledger.ui.visning.Visning}), citizens by name and CPR ({@link dk.careledger.ui.visning.Borgere}), and
 * one timeline of a sag with its bevillinger ({@link dk.careledger.ui.visning.Tidslinjeindslag}).
 */
package dk.careledger.ui.visning;
