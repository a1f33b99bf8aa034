/**
 * REST over the sager: {@link SagsindeksController} (the index fields and the fremdrift under every policy, with its
 * bitemporal history), {@link SagsbegrebController} (the case-concept variants) and {@link PolitikAendringController}
 * (a policy change, reported before it takes effect, ADR 0014). {@link Sagslaeser} reads the projections,
 * {@link Titler} decrypts titles at query time (ADR 0009). Writes only configuration rows; never the command side (ADR
 * 0002).
 */
package dk.careledger.query.sag;
