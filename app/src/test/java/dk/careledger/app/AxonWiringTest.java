package dk.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's Axon runtime is the one we chose, not whatever auto-configuration fell back to: a JDBC event
 * store, token store and saga store on the Flyway-created PostgreSQL tables, Spring-managed transactions, Jackson
 * everywhere, no Axon Server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class AxonWiringTest {

    /** A stand-in event; its class name and revision are what Axon stores beside the JSON. */
    @Revision("3")
    record WiringProbeHappened(SagId sagId, LocalDate virkning, Instant registreret, String note) {
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;
    @Autowired
    EventStorageEngine eventStorageEngine;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager axonTransactionManager;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    SagaStore<?> sagaStore;
    @Autowired
    CommandBus commandBus;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    Serializer generalSerializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;
    @Autowired
    @Qualifier("eventObjectMapper")
    ObjectMapper eventObjectMapper;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meterRegistry;
    @Autowired
    GlobalMetricRegistry globalMetricRegistry;

    @Test
    void storesEventsTokensAndSagasInPostgresThroughJdbc() {
        assertThat(eventStorageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 15");
    }

    @Test
    void runsAxonUnitsOfWorkInSpringTransactions() {
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(commandBus).isInstanceOf(SimpleCommandBus.class);

        Registration registration = commandBus.subscribe("wiring-probe",
                command -> TransactionSynchronizationManager.isActualTransactionActive());
        try {
            Boolean inTransaction = commandGateway.sendAndWait(
                    new GenericCommandMessage<>(new GenericMessage<>("probe"), "wiring-probe"));
            assertThat(inTransaction).as("command handler runs inside a Spring transaction").isTrue();
        } finally {
            registration.cancel();
        }
    }

    @Test
    void serializesEverythingWithTheOneJacksonMapper() {
        assertThat(List.of(generalSerializer, eventSerializer, messageSerializer))
                .allSatisfy(serializer -> assertThat(serializer).isInstanceOf(JacksonSerializer.class))
                .allSatisfy(serializer -> assertThat(((JacksonSerializer) serializer).getObjectMapper())
                        .isSameAs(eventObjectMapper));
    }

    @Test
    void putsAxonsMetricsOnTheApplicationsMeterRegistry() {
        assertThat(globalMetricRegistry.getRegistry()).isSameAs(meterRegistry);
        assertThat(context.getBeansOfType(MeterRegistry.class).values())
                .as("no private registry beside the exported one")
                .noneMatch(registry -> registry instanceof SimpleMeterRegistry);
    }

    @Test
    void doesNotUseAxonServer() {
        assertThat(environment.getProperty("axon.axonserver.enabled", Boolean.class)).isFalse();
        assertThat(context.getBeanNamesForType(
                org.axonframework.axonserver.connector.AxonServerConnectionManager.class)).isEmpty();
    }

    @Test
    void flywayCreatedAxonsTablesWithByteaPayloads() {
        assertThat(jdbc.queryForObject(
                "SELECT success FROM flyway_schema_history WHERE version = '1'", Boolean.class)).isTrue();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                 WHERE table_schema = current_schema()
                   AND column_name IN ('payload', 'meta_data', 'token', 'serialized_saga')
                 ORDER BY table_name, column_name""");
        assertThat(columns).extracting(c -> c.get("table_name") + "." + c.get("column_name") + ":" + c.get("data_type"))
                .contains(
                        "domain_event_entry.meta_data:bytea",
                        "domain_event_entry.payload:bytea",
                        "saga_entry.serialized_saga:bytea",
                        "snapshot_event_entry.meta_data:bytea",
                        "snapshot_event_entry.payload:bytea",
                        "token_entry.token:bytea");
        assertThat(jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()""", String.class))
                .contains("domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry",
                        "association_value_entry");
    }

    @Test
    void anEventAppendedThroughTheEventStoreIsStoredAsJsonWithItsRevision() throws Exception {
        SagId sagId = new SagId(UUID.randomUUID());
        WiringProbeHappened event = new WiringProbeHappened(sagId, LocalDate.of(2026, 3, 1),
                Instant.parse("2026-03-01T08:15:30Z"), "hello");

        eventStore.publish(new GenericDomainEventMessage<>("WiringProbe", sagId.toString(), 0, event));

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT type, sequence_number, payload_type, payload_revision, payload
                  FROM domain_event_entry WHERE aggregate_identifier = ?""", sagId.toString());
        assertThat(row.get("type")).isEqualTo("WiringProbe");
        assertThat(row.get("sequence_number")).isEqualTo(0L);
        assertThat(row.get("payload_type")).isEqualTo(WiringProbeHappened.class.getName());
        assertThat(row.get("payload_revision")).isEqualTo("3");
        JsonNode json = new ObjectMapper().readTree(new String((byte[]) row.get("payload"), StandardCharsets.UTF_8));
        assertThat(json.get("sagId").asText()).isEqualTo(sagId.value().toString());
        assertThat(json.get("virkning").asText()).isEqualTo("2026-03-01");
        assertThat(json.get("registreret").asText()).isEqualTo("2026-03-01T08:15:30Z");

        List<? extends DomainEventMessage<?>> readBack = eventStore.readEvents(sagId.toString()).asStream().toList();
        assertThat(readBack).singleElement().satisfies(message -> assertThat(message.getPayload()).isEqualTo(event));
    }
}
