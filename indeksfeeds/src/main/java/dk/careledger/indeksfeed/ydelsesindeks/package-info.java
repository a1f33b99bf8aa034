/**
 * The Ydelsesindeks feed's registrations (issue 4 item 2): Bevillinger with their bevilgede ydelser, and økonomiske
 * effektueringer where a ydelse pays money, for KOMBIT's Fælleskommunalt Ydelsesindeks v6.
 *
 * <ul>
 *   <li>Model: {@link dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering} —
 *       {@link dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering} and
 *       {@link dk.careledger.indeksfeed.ydelsesindeks.Effektueringsregistrering}; stored as JSON
 *       ({@link dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistreringer}) with no personal values.</li>
 *   <li>Mapping from the ydelse projection: {@link dk.careledger.indeksfeed.ydelsesindeks.Ydelsesdata},
 *       {@link dk.careledger.indeksfeed.ydelsesindeks.Bevillingsbillede},
 *       {@link dk.careledger.indeksfeed.ydelsesindeks.Effektueringsbillede}.</li>
 *   <li>Rendering and checks: {@link dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksXml} (StAX),
 *       {@link dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksSkema} (the XSDs),
 *       {@link dk.careledger.indeksfeed.ydelsesindeks.Ydelsesanvisningskontrol} (rules a schema cannot check),
 *       {@link dk.careledger.indeksfeed.ydelsesindeks.Ydelsesindekskontrol} (all three, as a
 *       {@link dk.careledger.indeksfeed.Kontrol}).</li>
 * </ul>
 */
package dk.careledger.indeksfeed.ydelsesindeks;
