/**
 * Forløb: a long-running care pathway of a catalogue type (e.g. SEL § 83, SUL § 138), to which sager and
 * bevillinger are linked by id, and which is ended once (brief §0.5, UC3 step 2). Pure decide/evolve in
 * {@link dk.careledger.domain.forloeb.ForloebDecider}.
 */
package dk.careledger.domain.forloeb;
