/**
 * A deterministic workload generator and a bulk loader, for tests that need realistic histories covering every
 * event type and for benchmarks that need millions of events (issue 5; the projections' rebuild test of issue 3).
 *
 * <ul>
 *   <li>{@link dk.careledger.commandside.generator.Arbejdsbyrde}: plain Java. From a seed and
 *       {@link dk.careledger.commandside.generator.Parametre} (citizens, days, kommuner) it simulates a municipal
 *       care area day by day and streams the facts as
 *       {@link dk.careledger.commandside.generator.GenereretHaendelse}s. Every event comes from the real deciders.</li>
 *   <li>{@link dk.careledger.commandside.generator.Bulkindlaeser}: a Spring component that registers the generated
 *       citizens and writes the events into {@code domain_event_entry} with PostgreSQL COPY, row for row as Axon
 *       would have written them.</li>
 * </ul>
 *
 * <pre>{@code
 * // a test history through the application's own event store, texts decryptable
 * bulkindlaeser.indlaes(Arbejdsbyrde.af(Parametre.af(42, 200, 180, 3)), (n, tid) -> log(n));
 * // a benchmark history of about a million events, no citizen register
 * bulkindlaeser.indlaes(Arbejdsbyrde.af(Parametre.af(1, 4_000, 365, 4)), new SyntetiskKryptering(), Fremskridt.ingen());
 * // the events themselves, e.g. to feed projections in a unit test
 * Arbejdsbyrde.af(Parametre.af(42, 200, 180, 3)).haendelser(new SyntetiskKryptering()).forEach(...);
 * }</pre>
 */
package dk.careledger.commandside.generator;
