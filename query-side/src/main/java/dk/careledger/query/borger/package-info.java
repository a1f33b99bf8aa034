/**
 * REST over the citizen overview (UC1 step 2): {@link BorgeroverblikController} serves the {@link Borgeroverblik} that
 * {@link BorgeroverblikLaeser} composes from the citizen's sager, tilstande, henvendelser, forløb and ydelser in one
 * read-only snapshot. Reads tables only; never the command side ({@code ModuleArchitectureTest}, ADR 0002).
 */
package dk.careledger.query.borger;
