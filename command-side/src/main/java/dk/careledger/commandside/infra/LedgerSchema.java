package dk.careledger.commandside.infra;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;

/**
 * Axon's table and column names as created by Flyway ({@code db/migration/V1__event_store.sql}): snake_case,
 * like every other table of the ledger. Axon never creates or alters a table itself.
 */
public final class LedgerSchema {

    public static final String DOMAIN_EVENT_TABLE = "domain_event_entry";
    public static final String SNAPSHOT_TABLE = "snapshot_event_entry";
    public static final String TOKEN_TABLE = "token_entry";
    public static final String SAGA_TABLE = "saga_entry";
    public static final String ASSOCIATION_VALUE_TABLE = "association_value_entry";

    private LedgerSchema() {
    }

    public static EventSchema events() {
        return EventSchema.builder()
                .eventTable(DOMAIN_EVENT_TABLE)
                .snapshotTable(SNAPSHOT_TABLE)
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    public static TokenSchema tokens() {
        return TokenSchema.builder()
                .setTokenTable(TOKEN_TABLE)
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    public static SagaSchema sagas() {
        return SagaSchema.builder()
                .sagaEntryTable(SAGA_TABLE)
                .associationValueEntryTable(ASSOCIATION_VALUE_TABLE)
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build();
    }
}
