/**
 * The projection engine (ADR 0012): {@link Projektionsmotor} feeds every {@link Projektion} from the event store in
 * large batches, each applied in one transaction with the projections' positions ({@link Positioner}), so every event
 * is applied exactly once. Its live runner follows Axon's gap-aware stream, far behind the head it catches up through
 * {@link Haendelseslaeser}, and {@link EgetIndeks} gives each {@link Haendelse} its own global index. One node at a
 * time runs it ({@link Projektionslease}); an event a projection cannot apply is found ({@link Giftsoegning}) and
 * parked ({@link Parkeringer}) while the others go on. Depends on Axon, Spring JDBC and core-domain; never on a read
 * model or the command side.
 */
package dk.careledger.projection.motor;
