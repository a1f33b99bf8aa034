/**
 * The commands of the Forløb aggregate, one record per file under the sealed {@link ForloebCommand}:
 * {@link StartForloeb}, {@link TilknytSag}, {@link TilknytBevilling}, {@link AfslutForloeb}. Imperative Danish names
 * (ADR 0004), plain Java (ADR 0003); decided by {@code ForloebDecider}.
 */
package dk.careledger.domain.forloeb.command;
