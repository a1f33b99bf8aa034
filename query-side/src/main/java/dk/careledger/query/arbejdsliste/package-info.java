/**
 * REST over the worklists and the sagsbehandlingsfrister (RSL § 3): {@link ArbejdslisteController} and
 * {@link SagsbehandlingsfristController}. {@link Arbejdslister} reads the {@code arbejdslister} projection and computes
 * what depends on the day ({@link Sagsbehandlingstid}, {@link Opfoelgningsfrist}) from the injected clock;
 * {@link Sagsbehandlingsfrister} and {@link Fristregler} hold the effective-dated, append-only configuration, the only
 * rows this package writes. Never depends on the command side ({@code ModuleArchitectureTest}, ADR 0002).
 */
package dk.careledger.query.arbejdsliste;
