/**
 * The Sagsindeks feed's registrations (issue 4 item 1) for KOMBIT's Sags- og Dokumentindeks v6: {@link SagsindeksFeedProjektion}
 * (a {@code Projektion}) replays each touched citizen's facts ({@link Borgertilstand}), derives the index sager under
 * the kommune's case concept ({@link Indekssager}, ADR 0014) and their pictures ({@link Sagsbillede},
 * {@link Sagsregistrering}), checks them ({@link SagsindeksKontrol}: {@link Skemavalidering} against the XSDs and
 * {@link Anvisningskontrol}) and appends them to the {@code Leverancelog} (ADR 0013). {@link SagsindeksXml} renders,
 * {@link SagsindeksGengivelse} serves. Uses {@code feed}, {@code feed.xml} and the sag projection's facts and policies;
 * never the command side.
 */
package dk.careledger.indeksfeed.sagsindeks;
