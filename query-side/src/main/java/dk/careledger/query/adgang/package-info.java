/**
 * What a caller may see on the read side (ADR 0019): kommune isolation (another kommune's data answers as if it did not
 * exist), a leverandør kommune's view of what was ordered from it, and the KLE and følsomhed limits of the caller's
 * rights. The controllers call {@link dk.careledger.query.adgang.Synlighed} before they answer, and the access log
 * ({@link dk.careledger.domain.adgang.Laesningslog}) with every citizen they show.
 */
package dk.careledger.query.adgang;
