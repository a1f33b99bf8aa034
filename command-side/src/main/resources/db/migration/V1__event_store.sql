-- Axon Framework's tables, owned by Flyway like every other table (Axon never creates or alters one; the names
-- are given to Axon in dk.careledger.commandside.infra.LedgerSchema). Serialized payloads, metadata, tokens and
-- sagas are JSON bytes in BYTEA columns: never OID/large objects, which PostgreSQL keeps outside the table and
-- which leak when rows are deleted.

-- The event store: every fact of the ledger, immutable, in commit order by global_index (JdbcEventStorageEngine).
CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    -- Loading an aggregate, and optimistic concurrency: two appends of the same sequence number collide here.
    CONSTRAINT domain_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

-- Snapshots: a cache of aggregate state, safe to delete at any time.
CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    -- Its leading column is the index on aggregate_identifier that loading the latest snapshot needs.
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

-- How far each streaming event processor (projection, process) has read, per segment, and who holds the claim.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    CONSTRAINT token_entry_pk PRIMARY KEY (processor_name, segment)
);

-- Sagas (JdbcSagaStore): the ledger wires a PostgreSQL saga store so that a saga, should one be added, is never
-- silently kept in memory.
CREATE TABLE saga_entry (
    saga_id         VARCHAR(255) NOT NULL,
    revision        VARCHAR(255),
    saga_type       VARCHAR(255),
    serialized_saga BYTEA,
    CONSTRAINT saga_entry_pk PRIMARY KEY (saga_id)
);

CREATE TABLE association_value_entry (
    id                BIGSERIAL    NOT NULL,
    association_key   VARCHAR(255),
    association_value VARCHAR(255),
    saga_id           VARCHAR(255),
    saga_type         VARCHAR(255),
    CONSTRAINT association_value_entry_pk PRIMARY KEY (id)
);

-- The two saga look-ups Axon's RDBMS tuning guide names: by association, and by saga.
CREATE INDEX association_value_entry_type_key_value_ix
    ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX association_value_entry_saga_ix
    ON association_value_entry (saga_id, saga_type);
