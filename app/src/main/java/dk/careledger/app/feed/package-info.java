/**
 * Wires the index feeds (ADR 0013) to the command side, which the projections module may not see (ADR 0002):
 * {@link FeedConfig} registers the feeds' renderings ({@code SagsindeksGengivelse},
 * {@code YdelsesindeksGengivelse}) with the citizens' keys and {@link BorgerregisterIdentitetsopslag}, the projections'
 * {@code Identitetsopslag} on the citizen register, which drops a citizen from its short-lived cache when
 * {@code BorgerGlemt} is published (ADR 0009).
 */
package dk.careledger.app.feed;
