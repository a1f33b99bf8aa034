/**
 * The revisor's pages (issue 17 item 5, ADR 0027): the proof's status, who did what, a citizen's facts and a sag's
 * timeline, and the aktindsigt downloads. Only reads; the proof and the export come through {@link
 * dk.careledger.ui.revisor.Revisorkilde}, which {@code app} provides.
 */
package dk.careledger.ui.revisor;
