/**
 * The commands of the Henvendelse aggregate, one record per file under the sealed {@link HenvendelseCommand}:
 * {@link ModtagHenvendelse}, {@link AfklarHenvendelse}, {@link HaandterHenvendelse}. Imperative Danish names (ADR
 * 0004), plain Java (ADR 0003); decided by {@code HenvendelseDecider}.
 */
package dk.careledger.domain.henvendelse.command;
