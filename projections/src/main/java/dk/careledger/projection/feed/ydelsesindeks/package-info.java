/**
 * The Ydelsesindeks feed's registrations (issue 4 item 2): Bevillinger with their bevilgede ydelser, and økonomiske
 * effektueringer where a ydelse pays money, for KOMBIT's Fælleskommunalt Ydelsesindeks v6.
 *
 * <ul>
 *   <li>Model: {@link dk.careledger.projection.feed.ydelsesindeks.Ydelsesregistrering} —
 *       {@link dk.careledger.projection.feed.ydelsesindeks.Bevillingsregistrering} and
 *       {@link dk.careledger.projection.feed.ydelsesindeks.Effektueringsregistrering}; stored as JSON
 *       ({@link dk.careledger.projection.feed.ydelsesindeks.Ydelsesregistreringer}) with no personal values.</li>
 *   <li>Mapping from the ydelse projection: {@link dk.careledger.projection.feed.ydelsesindeks.Ydelsesdata},
 *       {@link dk.careledger.projection.feed.ydelsesindeks.Bevillingsbillede},
 *       {@link dk.careledger.projection.feed.ydelsesindeks.Effektueringsbillede}.</li>
 *   <li>Rendering and checks: {@link dk.careledger.projection.feed.ydelsesindeks.YdelsesindeksXml} (StAX),
 *       {@link dk.careledger.projection.feed.ydelsesindeks.YdelsesindeksSkema} (the XSDs),
 *       {@link dk.careledger.projection.feed.ydelsesindeks.Ydelsesanvisningskontrol} (rules a schema cannot check),
 *       {@link dk.careledger.projection.feed.ydelsesindeks.Ydelsesindekskontrol} (all three, as a
 *       {@link dk.careledger.projection.feed.Kontrol}).</li>
 * </ul>
 */
package dk.careledger.projection.feed.ydelsesindeks;
