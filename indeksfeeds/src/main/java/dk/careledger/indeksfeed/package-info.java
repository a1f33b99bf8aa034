/**
 * Feeds to KOMBIT's indexes (issue 4): the registrations the Sags- og Dokumentindeks ({@code sagsindeks}) and the
 * Ydelsesindeks ({@code ydelsesindeks}) expect, produced from the facts, validated against KOMBIT's v6 schemas before
 * they are offered, and kept as an append-only log of deliveries that receivers pull after a cursor.
 */
package dk.careledger.indeksfeed;
