/**
 * What the KOMBIT index renderers ({@code SagsindeksXml}, {@code YdelsesindeksXml}) share: cleaning free text to one
 * line ({@link dk.careledger.indeksfeed.xml.Tekst}), the indexes' dateTime
 * ({@link dk.careledger.indeksfeed.xml.Indeksdato}), writing namespaced elements with fixed prefixes
 * ({@link dk.careledger.indeksfeed.xml.Elementskriver}), and the parts both requests take from the common SagDok
 * and GenerelleDefinitioner schemas ({@link dk.careledger.indeksfeed.xml.Sagdokskriver},
 * {@link dk.careledger.indeksfeed.xml.Aktoer}). All of it streams through StAX without reflection and allocates
 * little, because a feed page renders a thousand registrations.
 */
package dk.careledger.indeksfeed.xml;
