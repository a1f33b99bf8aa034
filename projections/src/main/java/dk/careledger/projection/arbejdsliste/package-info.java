/**
 * Projection {@code arbejdslister} (issue 3 item 8): the caseworkers' worklists, that is henvendelser not yet handled,
 * sager awaiting an afgørelse with what their sagsbehandlingsfrist needs, and bevillinger on the venteliste or due an
 * opfølgning. {@link ArbejdslisteProjektion} loads and writes the rows ({@link HenvendelseRaekke}, {@link SagRaekke},
 * {@link BevillingRaekke}, {@link SagHenvendelse}) per batch; {@link Arbejdslistefold} is the pure fold. Like every
 * projection: fed by the engine (ADR 0012), core-domain events only, never the command side. Also the
 * sagsbehandlingsfrister the frist worklist applies (RSL § 3): the projection of the kommune settings' facts
 * ({@link SagsbehandlingsfristProjektion}, ADR 0021), the endpoint that reads them ({@link SagsbehandlingsfristController})
 * and, in {@code laesning}, the reader.
 */
package dk.careledger.projection.arbejdsliste;
