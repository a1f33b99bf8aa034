/**
 * The pull feeds over HTTP (ADR 0013): {@link FeedController} serves {@code GET /api/feeds/{feed}/leverancer} after a
 * cursor, as JSON or streamed XML, rendering each stored delivery through the feed's {@code Gengivelse}, and the feed's
 * status; {@link FeedAfstemningController} starts a reconciliation after a rebuild changed the rules. Reads the
 * projections' {@code Leverancelog}; never the command side ({@code ModuleArchitectureTest}).
 */
package dk.careledger.indeksfeed.api;
