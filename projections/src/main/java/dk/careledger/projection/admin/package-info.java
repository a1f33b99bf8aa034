/**
 * Operating the projection engine (ADR 0012): {@link ProjektionAdminController} ({@code /api/admin/projektioner}) shows
 * every projection's state and starts rebuilds and the operator's decisions on a parked event (genoptagelse,
 * overspringelse); {@link ProjektionerHealthIndicator} makes a stopped projection DEGRADED in {@code /actuator/health};
 * {@link GenopbygningFraKommandolinjen} rebuilds from {@code --ledger.genopbyg}. Uses only the engine's public face
 * ({@code Projektionsmotor}, {@code Projektionsstatus}, {@code Parkering}); no read model.
 */
package dk.careledger.projection.admin;
