/**
 * The commands of the Bevilling aggregate, one record per file under the sealed {@link BevillingCommand}: give
 * ({@link GivBevilling}), order ({@link BestilBevilling}), set a startdato, change, end, register leveringer
 * ({@link RegistrerLevering}, {@link RegistrerIkkeLeveret}, {@link RegistrerUplanlagtLevering}) and opfølgninger.
 * Imperative Danish names (ADR 0004); plain Java with no framework annotations (ADR 0003); the target id comes in
 * metadata, not from an annotation. Decided by {@code BevillingDecider}.
 */
package dk.careledger.domain.bevilling.command;
