/**
 * The erasable citizen register and the per-citizen keys (ADR 0009): {@link BorgerRegister} holds CPR numbers and
 * names, the only place they live; {@link NoegleBoks} implements core-domain's {@code Kryptering}/{@code Dekryptering}
 * with AES-GCM data keys wrapped by the {@link MasterNoegle}; forgetting a citizen destroys the key and publishes
 * {@link BorgerGlemt}. {@link MasterNoegleFingeraftryk} refuses a node whose master key differs from the database's
 * ({@link ForkertMasterNoegle}, ADR 0017, 0018). Events never carry what this package holds, only {@code BorgerId}.
 */
package dk.careledger.commandside.borger;
