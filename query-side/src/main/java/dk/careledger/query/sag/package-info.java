/**
 * REST over the sager: {@link SagsindeksController} (the index fields and the fremdrift under every policy, with its
 * bitemporal history) and {@link SagsbegrebController} (the case-concept variants). {@link Sagslaeser} reads the
 * projections, {@link Titler} decrypts titles at query time (ADR 0009). Reads only; never the command side (ADR 0002).
 */
package dk.careledger.query.sag;
