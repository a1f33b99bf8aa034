/**
 * A deterministic workload generator and a bulk loader, for tests that need realistic histories covering every
 * event type and for benchmarks that need millions of events (issue 5; the projections' rebuild test of issue 3).
 *
 * <p>This is the Maven module {@code arbejdsbyrde}, and {@code app} depends on it with test scope only (issue 12,
 * ADR 0002): the bulk loader writes raw rows into the event table past the aggregates, so it must not ship in the
 * production jar. In {@code app}'s tests it is on the classpath and the application's component scan of
 * {@code dk.careledger} finds it; in production it is not there to be found. A bulk import in production goes
 * through the deciders (the command API), not through this package.
 *
 * <ul>
 *   <li>{@link dk.careledger.arbejdsbyrde.Arbejdsbyrde}: plain Java. From a seed and
 *       {@link dk.careledger.arbejdsbyrde.Parametre} (citizens, days, kommuner) it simulates a municipal
 *       care area day by day and streams the facts as
 *       {@link dk.careledger.arbejdsbyrde.GenereretHaendelse}s. Every event comes from the real deciders.</li>
 *   <li>{@link dk.careledger.arbejdsbyrde.Bulkindlaeser}: a Spring component (in tests) that registers the generated
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
package dk.careledger.arbejdsbyrde;
