/**
 * Aktindsigt (issue 17 item 4, ADR 0027): one export for a citizen or a sag, with every fact readable and as stored, the
 * kommune's settings, the access log for the citizen and the proof ({@code app.bevis}) that can be checked offline
 * (docs/aktindsigt.md). A read: it writes an access-log row, never a fact.
 */
package dk.careledger.app.aktindsigt;
