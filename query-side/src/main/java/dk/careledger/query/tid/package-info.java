/**
 * "As of" on both time axes (issue 17 item 2, ADR 0026): the parameters {@code kendtPr} (record time) and
 * {@code gaeldendePr} (valid time), read strictly by {@link Tidsparametre}, and the {@link Tidsangivelse} an answer
 * carries to say which instants it describes.
 */
package dk.careledger.query.tid;
