/**
 * The published read API for "as known at T" (issue 17 item 2, ADR 0026): {@link Genafspilning} runs a live reader's
 * read against the citizen's read models as they stood with only the facts registered by then.
 */
package dk.careledger.projection.tilbageblik.laesning;
