/**
 * REST over the forløb read model (issue 3 item 5): {@link ForloebOversigtController} serves {@link ForloebOversigt} lists
 * and a {@link ForloebDetalje} with sager, bevillinger and {@link Tilstand}s, read by {@link ForloebLaeser} from the
 * {@code forloeb} projection. Eventually consistent with the commands; never depends on the command side
 * ({@code ModuleArchitectureTest}, ADR 0002).
 */
package dk.careledger.query.forloeb;
