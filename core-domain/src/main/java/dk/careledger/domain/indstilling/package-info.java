/**
 * A kommune's settings as facts (ADR 0021): the closing policy ({@link Politik}) and case concept ({@link Sagsbegreb})
 * per KLE prefix, the sagsbehandlingsfrister and what Borgerblikket shows ({@link Titelkilde}), each from a date. One
 * aggregate per kommune, its CVR the id; the pure rules are {@link KommuneindstillingDecider} over
 * {@link KommuneindstillingState}. JDK and {@code dk.careledger.domain} only.
 */
package dk.careledger.domain.indstilling;
