/**
 * Sag: a case opened on a henvendelse, informed (samtykke, tilstande, anmodninger, partshøring), decided by an
 * afgørelse (possibly revisited and decided again) and closed, with or without one; a klage may arrive after closure
 * (UC1–UC3). Pure decide/evolve in {@link SagDecider} over {@link SagState}; the index's four states are
 * {@link Fremdrift}. Plain Java (ADR 0003); one aggregate with its own stream (ADR 0007), referring to henvendelser,
 * bevillinger and forløb by id only.
 */
package dk.careledger.domain.sag;
