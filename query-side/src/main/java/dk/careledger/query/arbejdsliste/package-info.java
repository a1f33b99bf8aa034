/**
 * REST over the worklists: {@link ArbejdslisteController}. {@link Arbejdslistelaeser} reads the {@code arbejdslister}
 * projection and computes what depends on the day ({@link Sagsbehandlingstid}, {@link Opfoelgningsfrist}) from the
 * injected clock, with the sagsbehandlingsfrister read through the projection's published {@code laesning} API. Reads
 * only; never the command side ({@code ModuleArchitectureTest}, ADR 0002).
 */
package dk.careledger.query.arbejdsliste;
