package dk.careledger.commandside.infra;

import dk.careledger.commandside.kommando.Metadatanoegler;
import org.axonframework.commandhandling.distributed.MetaDataRoutingStrategy;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.commandhandling.distributed.UnresolvedRoutingKeyPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's runtime infrastructure, wired explicitly instead of trusting {@code axon-spring-boot-autoconfigure}.
 *
 * <p>Axon 4.13's auto-configurations order themselves after Spring Boot 3 class names
 * ({@code org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration},
 * {@code ...actuate.autoconfigure.metrics...}) that Spring Boot 4 moved. Left alone, Axon can evaluate its
 * conditions before Boot has defined the DataSource, the transaction manager and the meter registry, and then
 * silently falls back to an in-memory event store, {@code NoTransactionManager} and a private
 * {@code SimpleMeterRegistry}. Every bean here is one of those decisions made once, on purpose:
 *
 * <ul>
 *   <li>one Spring {@link PlatformTransactionManager} over the DataSource, which Axon uses through
 *       {@link SpringTransactionManager}; Axon's JDBC connections come from the same transaction
 *       ({@link SpringDataSourceConnectionProvider}), so events, the command log and the citizen register commit or
 *       roll back together;</li>
 *   <li>{@link JdbcEventStorageEngine}, {@link JdbcTokenStore} and {@link JdbcSagaStore} on the snake_case tables
 *       Flyway creates ({@link LedgerSchema}); payloads are JSON bytes in {@code bytea} columns, never large objects;</li>
 *   <li>one Jackson 2 {@link ObjectMapper} ({@link EventJson}) behind every Axon serializer (general, messages,
 *       events) with the domain's own {@code @Revision};</li>
 *   <li>Axon's message monitors on the application's Micrometer registry, so command, event and query metrics
 *       show up in {@code /actuator/metrics} and {@code /actuator/prometheus}.</li>
 * </ul>
 *
 * The command bus, query bus and {@code EmbeddedEventStore} are left to Axon's auto-configuration: it builds them
 * from the beans here (this transaction manager, this storage engine, the monitors configured by the metrics module).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonInfrastructureConfig {

    // ---- transactions and connections -------------------------------------------------------------------------

    @Bean
    public DataSourceTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    // ---- aggregates ---------------------------------------------------------------------------------------------

    /**
     * The aggregate cache every {@code @Aggregate} names (ADR 0015): without it each command reads and deserializes its
     * aggregate's whole stream. {@code ledger.aggregatcache.stoerrelse} aggregates at most (least recently used go).
     */
    @Bean
    public Aggregatcache aggregatcache(@Value("${ledger.aggregatcache.stoerrelse:4096}") int stoerrelse) {
        return new Aggregatcache(stoerrelse);
    }

    /**
     * Every command is routed by its aggregate's id (the metadata {@code aggregatId} that {@code Kommandoafsender} sets on
     * each): with Axon Server, consistent hashing then sends all commands for one aggregate to the same node, whose
     * aggregate cache therefore stays current (ADR 0015). Axon's default would route a command whose payload has no
     * {@code @RoutingKey} to a random node. A command without the id is a defect and is refused, never sent at random.
     */
    @Bean
    public RoutingStrategy routingStrategy() {
        return MetaDataRoutingStrategy.builder().metaDataKey(Metadatanoegler.AGGREGAT_ID)
                .fallbackRoutingStrategy(UnresolvedRoutingKeyPolicy.ERROR).build();
    }

    // ---- serialization ----------------------------------------------------------------------------------------

    @Bean
    public ObjectMapper eventObjectMapper() {
        return EventJson.objectMapper();
    }

    @Bean
    public RevisionResolver revisionResolver() {
        return new LedgerRevisionResolver();
    }

    /** Snapshots, tracking tokens, saga state. */
    @Bean
    @Primary
    public Serializer serializer(@Qualifier("eventObjectMapper") ObjectMapper eventObjectMapper,
                                 RevisionResolver revisionResolver) {
        return jackson(eventObjectMapper, revisionResolver);
    }

    /** Commands and queries, when they leave the JVM (the {@code axonserver} profile). */
    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(@Qualifier("eventObjectMapper") ObjectMapper eventObjectMapper,
                                        RevisionResolver revisionResolver) {
        return jackson(eventObjectMapper, revisionResolver);
    }

    /** Events in the event store. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(@Qualifier("eventObjectMapper") ObjectMapper eventObjectMapper,
                                      RevisionResolver revisionResolver) {
        return jackson(eventObjectMapper, revisionResolver);
    }

    private static JacksonSerializer jackson(ObjectMapper objectMapper, RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper)
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(AxonInfrastructureConfig.class.getClassLoader()))
                .build();
    }

    // ---- storage ----------------------------------------------------------------------------------------------

    @Bean
    @DependsOnDatabaseInitialization
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer snapshotSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager axonTransactionManager,
                                                 Configuration axonConfiguration) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(axonTransactionManager)
                .schema(LedgerSchema.events())
                // events per fetch when streaming (projections, processors) and loading aggregates; Axon's default of
                // 100 makes a projection rebuild a round trip per 100 events (ADR 0012)
                .batchSize(2000)
                .dataType(byte[].class)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .upcasterChain(axonConfiguration.upcasterChain())
                .snapshotFilter(axonConfiguration.snapshotFilter())
                .build();
    }

    @Bean
    @DependsOnDatabaseInitialization
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(LedgerSchema.tokens())
                .serializer(serializer)
                .contentType(byte[].class)
                .build();
    }

    @Bean
    @DependsOnDatabaseInitialization
    public SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new PostgresSagaSqlSchema(LedgerSchema.sagas()))
                .serializer(serializer)
                .build();
    }

    // ---- metrics ----------------------------------------------------------------------------------------------

    @Bean
    public GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry);
    }

    /**
     * Dimensional: one meter per component with a {@code payloadType} tag, as Prometheus expects; none per stored event
     * ({@link AxonMetricsModule}). Of type {@link MetricsConfigurerModule}, so Axon's auto-configuration adds no second one.
     */
    @Bean
    public MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry globalMetricRegistry) {
        return new AxonMetricsModule(globalMetricRegistry);
    }
}
