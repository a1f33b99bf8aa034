/**
 * Each kommune's closing policy and case concept per KLE prefix, from a date (ADR 0014): configuration rows in
 * {@code sag_politik_konfiguration} ({@link Politikindstillinger}, {@link Politikindstilling}, {@link Effektiv}), never
 * emptied by a rebuild. A change is first reported ({@link PolitikAendring}, {@link PolitikAendringsrapport}, also from
 * the command line, {@link PolitikAendringFraKommandolinjen}) and, once stored, published as {@link PolitikAendret} so
 * the Sagsindeks feed can correct its receivers. {@link Politikskriver} is the only writer of the rows; the reader and
 * the rows are published in {@code laesning}.
 */
package dk.careledger.projection.sag.politik;

import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.projection.sag.politik.laesning.Politikindstilling;
import dk.careledger.projection.sag.politik.laesning.PolitikAendret;
