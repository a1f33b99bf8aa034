/**
 * Proof that the event store and the access log are unaltered (ADR 0024): leaves hashed by the database in the
 * appending transaction, chained in position order by the {@link dk.careledger.app.bevis.Forsegler} with signed
 * {@link dk.careledger.app.bevis.Kontrolpunkt}s, and checked by {@link dk.careledger.app.bevis.Verifikation} — in the
 * application ({@link dk.careledger.app.bevis.Bevisvagt}, {@link dk.careledger.app.bevis.BevisController}) and on the
 * command line ({@link dk.careledger.app.bevis.Verificer}).
 */
package dk.careledger.app.bevis;
